package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.misc.Explanation;
import io.logicminer.solver.math.misc.PythonNumbers;
import io.logicminer.solver.math.misc.QuestionText;
import io.logicminer.solver.math.misc.RecognisingSolver;

import java.util.List;
import java.util.Optional;

/** "Angle a radians in degrees is:": 180a/π rounded to 2 decimals. */
public final class RadianToDegSolver extends RecognisingSolver {

    public RadianToDegSolver() {
        super("geometry", "radian_to_deg");
    }

    @Override
    protected Optional<WorkedAnswer> solve(QuestionText q, double confidence) {
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
        String answer = PythonNumbers.roundRepr(deg, 2);
        return Explanation.start("To convert radians to degrees multiply by 180/π, since π radians = 180°.")
                .step(PythonNumbers.repr(a) + " × 180 / π ≈ " + PythonNumbers.repr(deg) + ".")
                .step("Rounded to two decimals: " + answer + "°.")
                .answer(answer, confidence);
    }
}
