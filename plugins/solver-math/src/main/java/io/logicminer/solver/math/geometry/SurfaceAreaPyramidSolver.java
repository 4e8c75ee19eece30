package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/**
 * "Surface area of pyramid with base length = L m, base width = W m, and height = h m is": rectangular base
 * plus four triangular faces, printed at full float precision ({@code 1425.2066886217983 m^2}).
 */
public final class SurfaceAreaPyramidSolver extends RecognisingSolver {

    public SurfaceAreaPyramidSolver() {
        super("geometry", "surface_area_pyramid");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!Solids.surfaceArea(q) || !q.has("pyramid") || Solids.volume(q)) {
            return Optional.empty();
        }
        Optional<long[]> d = Solids.integers(q.named("length", "width|breadth", "(?<!base )(?<!slant )height"));
        if (d.isEmpty()) {
            return Optional.empty();
        }
        long length = d.get()[0];
        long width = d.get()[1];
        long h = d.get()[2];
        if (length % 2 != 0 || width % 2 != 0 || length <= 0 || width <= 0 || h <= 0) {
            return Optional.empty();
        }
        long halfLength = length / 2;
        long halfWidth = width / 2;
        double slant1 = Math.sqrt((double) (halfWidth * halfWidth + h * h));
        double slant2 = Math.sqrt((double) (halfLength * halfLength + h * h));
        double triangle1 = halfLength * slant1;
        double triangle2 = halfWidth * slant2;
        long base = 4 * halfWidth * halfLength;
        double total = base + 2 * triangle1 + 2 * triangle2;
        String answer = PythonFloat.repr(total) + " m^2";
        return Explanation.start("A right rectangular pyramid with base " + length + " m × " + width + " m and height "
                        + h + " m has a rectangular base and two pairs of congruent triangular faces.")
                .step("Base area = " + length + " × " + width + " = " + base + " m².")
                .step("Slant height over the sides of length " + length + ": sqrt((" + width + "/2)² + " + h
                        + "²) = sqrt(" + (halfWidth * halfWidth + h * h) + ") ≈ " + PythonFloat.repr(slant1)
                        + "; each such face has area (1/2) × " + length + " × " + PythonFloat.repr(slant1) + " ≈ "
                        + PythonFloat.repr(triangle1) + ".")
                .step("Slant height over the sides of length " + width + ": sqrt((" + length + "/2)² + " + h
                        + "²) = sqrt(" + (halfLength * halfLength + h * h) + ") ≈ " + PythonFloat.repr(slant2)
                        + "; each such face has area (1/2) × " + width + " × " + PythonFloat.repr(slant2) + " ≈ "
                        + PythonFloat.repr(triangle2) + ".")
                .step("Total = " + base + " + 2 × " + PythonFloat.repr(triangle1) + " + 2 × "
                        + PythonFloat.repr(triangle2) + " = " + PythonFloat.repr(total) + " m².")
                .answer(answer, confidence);
    }
}
