package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "Angle a radians in degrees is:": 180a/π rounded to 2 decimals. */
public final class RadianToDegSolver extends RecognisingSolver {

    public RadianToDegSolver() {
        super("geometry", "radian_to_deg");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("degree") || q.has("arc", "sector", "vector") || q.matches("\\b(sin|cos|tan)\\b")) {
            return Optional.empty();
        }
        List<String> numbers = q.numbers();
        Optional<String> radians = q.numberBefore("radians?|rad\\b");
        if (numbers.size() != 1 || radians.isEmpty()) {
            return Optional.empty();
        }
        double a = Double.parseDouble(radians.get());
        double deg = (180 * a) / Math.PI;
        String answer = PythonFloat.roundRepr(deg, 2);
        return Explanation.start("To convert radians to degrees multiply by 180/π, since π radians = 180°.")
                .step(PythonFloat.repr(a) + " × 180 / π ≈ " + PythonFloat.repr(deg) + ".")
                .step("Rounded to two decimals: " + answer + "°.")
                .answer(answer, confidence);
    }
}
