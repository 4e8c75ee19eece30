package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "Volume of pyramid with base length = l m, base width = w m and height = h m is": lwh/3 rounded, m^3. */
public final class VolumePyramidSolver extends RecognisingSolver {

    public VolumePyramidSolver() {
        super("geometry", "volume_pyramid");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!Solids.volume(q) || !q.has("pyramid") || Solids.surfaceArea(q)) {
            return Optional.empty();
        }
        Optional<long[]> d = Extract.wholeNumbers(q.numbers());
        if (d.isEmpty() || d.get().length != 3) {
            return Optional.empty();
        }
        long l = d.get()[0];
        long w = d.get()[1];
        long h = d.get()[2];
        long product = l * w * h;
        double v = product / 3.0;
        String answer = PythonFloat.roundRepr(v, 2) + " m^3";
        return Explanation.start("The volume of a pyramid is one third of base area times height: V = (l × w × h) / 3.")
                .step("Base area = " + l + " × " + w + " = " + (l * w) + " m².")
                .step("V = " + (l * w) + " × " + h + " / 3 = " + product + " / 3 ≈ " + PythonFloat.repr(v) + ".")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
