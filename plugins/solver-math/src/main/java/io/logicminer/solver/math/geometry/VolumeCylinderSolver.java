package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "Volume of cylinder with height = h m and radius = r m is": πr²h truncated to a whole number. */
public final class VolumeCylinderSolver extends RecognisingSolver {

    public VolumeCylinderSolver() {
        super("geometry", "volume_cylinder");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!Solids.volume(q) || !q.has("cylind") || Solids.surfaceArea(q) || q.has("curved")) {
            return Optional.empty();
        }
        Optional<long[]> hr = Solids.integers(q.named(Solids.HEIGHT, Solids.RADIUS));
        if (hr.isEmpty()) {
            return Optional.empty();
        }
        long h = hr.get()[0];
        long r = hr.get()[1];
        double v = Math.PI * r * r * h;
        String answer = PythonFloat.truncate(v) + " m^3";
        return Explanation.start("The volume of a cylinder is V = πr²h, with radius r = " + r + " m and height h = "
                        + h + " m.")
                .step("r² = " + (r * r) + ", so V = π × " + (r * r) + " × " + h + " ≈ " + PythonFloat.repr(v) + ".")
                .step("Taking the whole-number part gives " + answer + ".")
                .answer(answer, confidence);
    }
}
