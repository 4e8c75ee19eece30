package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/**
 * "Surface area of cylinder with height = h m and radius = r m is": 2πrh + 2πr², truncated to a whole number
 * (mathgenerator applies {@code int()}, it does not round).
 */
public final class SurfaceAreaCylinderSolver extends RecognisingSolver {

    public SurfaceAreaCylinderSolver() {
        super("geometry", "surface_area_cylinder");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!Solids.surfaceArea(q) || !q.has("cylind") || Solids.volume(q)) {
            return Optional.empty();
        }
        Optional<long[]> hr = Solids.integers(q.named(Solids.HEIGHT, Solids.RADIUS));
        if (hr.isEmpty()) {
            return Optional.empty();
        }
        long h = hr.get()[0];
        long r = hr.get()[1];
        double lateral = 2 * Math.PI * h * r;
        double bases = 2 * Math.PI * r * r;
        double total = lateral + bases;
        String answer = PythonFloat.truncate(total) + " m^2";
        return Explanation.start("A closed cylinder with radius r = " + r + " m and height h = " + h
                        + " m has a curved side plus two circular ends: SA = 2πrh + 2πr².")
                .step("Curved part: 2π × " + r + " × " + h + " ≈ " + PythonFloat.repr(lateral) + ".")
                .step("Two ends: 2π × " + r + "² ≈ " + PythonFloat.repr(bases) + ".")
                .step("Total ≈ " + PythonFloat.repr(total) + ", which as a whole number is " + answer + ".")
                .answer(answer, confidence);
    }
}
