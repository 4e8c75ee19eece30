package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** Keyword checks shared by the solid-figure solvers, so each one stays silent on its neighbours' questions. */
final class Solids {

    static final String HEIGHT = "height|\\btall\\b|\\bh\\s*=";
    static final String RADIUS = "radius|radii|\\br\\s*=";

    private Solids() {
    }

    static boolean surfaceArea(QuestionText q) {
        return q.matches("surface|\\bsa\\b") && !q.has("curved", "lateral");
    }

    static boolean volume(QuestionText q) {
        return q.has("volume", "volum");
    }

    static boolean cube(QuestionText q) {
        return q.matches("\\bcubes?\\b") && !q.has("cuboid");
    }

    static boolean cone(QuestionText q) {
        return q.matches("\\bcones?\\b|\\bconical") && !q.has("frustum", "frustrum");
    }

    static boolean sphere(QuestionText q) {
        return q.matches("(?<!hemi)(?<!hemi-)spher") && !q.has("hemisphere", "hemi-sphere");
    }

    static Optional<long[]> integers(Optional<List<String>> values) {
        return values.flatMap(Extract::wholeNumbers);
    }
}
