package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "The perimeter of a n sided polygon with lengths of a, b, ...cm is:": the sum of the sides. */
public final class PerimeterOfPolygonsSolver extends RecognisingSolver {

    public PerimeterOfPolygonsSolver() {
        super("geometry", "perimeter_of_polygons");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("perimeter") || !q.has("polygon", "sided", "sides") || q.has("circle")) {
            return Optional.empty();
        }
        Optional<long[]> all = Extract.wholeNumbers(q.numbers());
        if (all.isEmpty() || all.get().length < 4) {
            return Optional.empty();
        }
        long[] n = all.get();
        long count = n[0];
        if (count != n.length - 1) {
            return Optional.empty();
        }
        StringBuilder terms = new StringBuilder();
        long sum = 0;
        for (int i = 1; i < n.length; i++) {
            sum += n[i];
            terms.append(i > 1 ? " + " : "").append(n[i]);
        }
        return Explanation.start("The perimeter of a polygon is the sum of the lengths of all its sides; this one has "
                        + count + " sides.")
                .step("Perimeter = " + terms + ".")
                .step("= " + sum + " cm.")
                .answer(Long.toString(sum), confidence);
    }
}
