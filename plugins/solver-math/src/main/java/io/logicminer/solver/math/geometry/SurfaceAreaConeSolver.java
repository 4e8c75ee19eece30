package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/**
 * "Surface area of cone with height = h m and radius = r m is": πrl + πr² with slant l = sqrt(h² + r²),
 * truncated to a whole number.
 */
public final class SurfaceAreaConeSolver extends RecognisingSolver {

    public SurfaceAreaConeSolver() {
        super("geometry", "surface_area_cone");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!Solids.surfaceArea(q) || !Solids.cone(q) || Solids.volume(q)) {
            return Optional.empty();
        }
        Optional<long[]> hr = Solids.integers(q.named(Solids.HEIGHT, Solids.RADIUS));
        if (hr.isEmpty()) {
            return Optional.empty();
        }
        long h = hr.get()[0];
        long r = hr.get()[1];
        double slant = Math.sqrt((double) (h * h + r * r));
        double lateral = Math.PI * r * slant;
        double base = Math.PI * r * r;
        double total = lateral + base;
        String answer = PythonFloat.truncate(total) + " m^2";
        return Explanation.start("The total surface area of a cone with radius r = " + r + " m and height h = " + h
                        + " m is the curved surface πrl plus the base πr², where l is the slant height.")
                .step("Slant height l = sqrt(h² + r²) = sqrt(" + (h * h) + " + " + (r * r) + ") ≈ "
                        + PythonFloat.repr(slant) + ".")
                .step("Curved surface πrl ≈ " + PythonFloat.repr(lateral) + "; base πr² ≈ " + PythonFloat.repr(base)
                        + ".")
                .step("Total ≈ " + PythonFloat.repr(total) + ", which as a whole number is " + answer + ".")
                .answer(answer, confidence);
    }
}
