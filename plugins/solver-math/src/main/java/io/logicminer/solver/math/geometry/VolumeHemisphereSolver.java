package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "Volume of hemisphere with radius r m =": (2π/3)r³ rounded to 2 decimals, with unit m^3. */
public final class VolumeHemisphereSolver extends RecognisingSolver {

    public VolumeHemisphereSolver() {
        super("geometry", "volume_hemisphere");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!Solids.volume(q) || !q.has("hemisphere", "hemi-sphere", "hemispher") || Solids.surfaceArea(q)) {
            return Optional.empty();
        }
        Optional<long[]> r = Extract.wholeNumbers(q.numbers());
        if (r.isEmpty() || r.get().length != 1) {
            return Optional.empty();
        }
        long radius = r.get()[0];
        long cube = radius * radius * radius;
        double v = (2 * Math.PI / 3) * cube;
        String answer = PythonFloat.roundRepr(v, 2) + " m^3";
        return Explanation.start("A hemisphere is half a sphere, so its volume is V = (2/3)πr³ with r = " + radius
                        + " m.")
                .step("r³ = " + cube + ".")
                .step("V = (2/3) × π × " + cube + " ≈ " + PythonFloat.repr(v) + ".")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
