package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "Circumference of circle with radius r =": 2πr rounded to 2 decimals. */
public final class CircumferenceSolver extends RecognisingSolver {

    public CircumferenceSolver() {
        super("geometry", "circumference");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("circumf", "perimeter of a circle", "perimeter of the circle", "perimeter of circle")) {
            return Optional.empty();
        }
        Optional<long[]> r = Extract.wholeNumbers(q.numbers());
        if (r.isEmpty() || r.get().length != 1 || r.get()[0] < 0) {
            return Optional.empty();
        }
        long radius = r.get()[0];
        double c = 2 * Math.PI * radius;
        String answer = PythonFloat.roundRepr(c, 2);
        return Explanation.start("The circumference of a circle is C = 2πr, with radius r = " + radius + ".")
                .step("C = 2 × π × " + radius + " ≈ " + PythonFloat.repr(c) + ".")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
