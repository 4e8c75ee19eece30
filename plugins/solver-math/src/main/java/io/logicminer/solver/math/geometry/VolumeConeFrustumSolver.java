package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/**
 * "Volume of frustum with height = h m and r1 = a m is and r2 = b m is": πh(r1² + r2² + r1·r2)/3 rounded to
 * 2 decimals, with unit m^3.
 */
public final class VolumeConeFrustumSolver extends RecognisingSolver {

    public VolumeConeFrustumSolver() {
        super("geometry", "volume_cone_frustum");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("frustum", "frustrum", "frustom")) {
            return Optional.empty();
        }
        Optional<long[]> v = Solids.integers(q.named(Solids.HEIGHT,
                "\\br\\s*_?\\{?1\\}?|first radius|radius 1|top radius|upper radius|one radius",
                "\\br\\s*_?\\{?2\\}?|second radius|radius 2|bottom radius|lower radius|other radius"));
        if (v.isEmpty()) {
            return Optional.empty();
        }
        long h = v.get()[0];
        long r1 = v.get()[1];
        long r2 = v.get()[2];
        long inner = r1 * r1 + r2 * r2 + r1 * r2;
        double volume = Math.PI * h * inner / 3;
        String answer = PythonFloat.roundRepr(volume, 2) + " m^3";
        return Explanation.start("The volume of a frustum of a cone with height h and end radii r1, r2 is "
                        + "V = (πh/3)(r1² + r2² + r1·r2); here h = " + h + " m, r1 = " + r1 + " m, r2 = " + r2 + " m.")
                .step("r1² + r2² + r1·r2 = " + (r1 * r1) + " + " + (r2 * r2) + " + " + (r1 * r2) + " = " + inner + ".")
                .step("V = π × " + h + " × " + inner + " / 3 ≈ " + PythonFloat.repr(volume) + ".")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
