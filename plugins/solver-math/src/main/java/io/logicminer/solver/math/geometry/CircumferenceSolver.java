package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.misc.Explanation;
import io.logicminer.solver.math.misc.PythonNumbers;
import io.logicminer.solver.math.misc.QuestionText;
import io.logicminer.solver.math.misc.RecognisingSolver;

import java.util.List;
import java.util.Optional;

/** "Circumference of circle with radius r =": 2πr rounded to 2 decimals. */
public final class CircumferenceSolver extends RecognisingSolver {

    public CircumferenceSolver() {
        super("geometry", "circumference");
    }

    @Override
    protected Optional<WorkedAnswer> solve(QuestionText q, double confidence) {
        if (!q.has("circumf", "perimeter of a circle", "perimeter of the circle", "perimeter of circle")) {
            return Optional.empty();
        }
        Optional<long[]> r = QuestionText.integers(q.numbers());
        if (r.isEmpty() || r.get().length != 1 || r.get()[0] < 0) {
            return Optional.empty();
        }
        long radius = r.get()[0];
        double c = 2 * Math.PI * radius;
        String answer = PythonNumbers.roundRepr(c, 2);
        return Explanation.start("The circumference of a circle is C = 2πr, with radius r = " + radius + ".")
                .step("C = 2 × π × " + radius + " ≈ " + PythonNumbers.repr(c) + ".")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
