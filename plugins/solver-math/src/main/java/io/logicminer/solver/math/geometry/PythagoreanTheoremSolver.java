package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "What is the hypotenuse of a right triangle given the other two sides have lengths a and b?" */
public final class PythagoreanTheoremSolver extends RecognisingSolver {

    public PythagoreanTheoremSolver() {
        super("geometry", "pythagorean_theorem");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("hypoten")) {
            return Optional.empty();
        }
        Optional<long[]> legs = Extract.wholeNumbers(q.numbers());
        if (legs.isEmpty() || legs.get().length != 2) {
            return Optional.empty();
        }
        long a = legs.get()[0];
        long b = legs.get()[1];
        long squares = a * a + b * b;
        double c = Math.sqrt((double) squares);
        String answer = PythonFloat.roundRepr(c, 2);
        return Explanation.start("In a right triangle the hypotenuse c satisfies the Pythagorean theorem c² = a² + b², "
                        + "with legs a = " + a + " and b = " + b + ".")
                .step("a² + b² = " + (a * a) + " + " + (b * b) + " = " + squares + ".")
                .step("c = sqrt(" + squares + ") ≈ " + PythonFloat.repr(c) + ".")
                .step("Rounded to two decimal places, the hypotenuse is " + answer + ".")
                .answer(answer, confidence);
    }
}
