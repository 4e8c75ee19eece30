package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.misc.Explanation;
import io.logicminer.solver.math.misc.PythonNumbers;
import io.logicminer.solver.math.misc.QuestionText;
import io.logicminer.solver.math.misc.RecognisingSolver;

import java.util.List;
import java.util.Optional;

/** "What is the hypotenuse of a right triangle given the other two sides have lengths a and b?" */
public final class PythagoreanTheoremSolver extends RecognisingSolver {

    public PythagoreanTheoremSolver() {
        super("geometry", "pythagorean_theorem");
    }

    @Override
    protected Optional<WorkedAnswer> solve(QuestionText q, double confidence) {
        if (!q.has("hypoten")) {
            return Optional.empty();
        }
        Optional<long[]> legs = QuestionText.integers(q.numbers());
        if (legs.isEmpty() || legs.get().length != 2) {
            return Optional.empty();
        }
        long a = legs.get()[0];
        long b = legs.get()[1];
        long squares = a * a + b * b;
        double c = Math.sqrt((double) squares);
        String answer = PythonNumbers.roundRepr(c, 2);
        return Explanation.start("In a right triangle the hypotenuse c satisfies the Pythagorean theorem c² = a² + b², "
                        + "with legs a = " + a + " and b = " + b + ".")
                .step("a² + b² = " + (a * a) + " + " + (b * b) + " = " + squares + ".")
                .step("c = sqrt(" + squares + ") ≈ " + PythonNumbers.repr(c) + ".")
                .step("Rounded to two decimal places, the hypotenuse is " + answer + ".")
                .answer(answer, confidence);
    }
}
