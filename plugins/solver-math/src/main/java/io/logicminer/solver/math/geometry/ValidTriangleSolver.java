package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "Does triangle with sides a, b and c exist?": the strict triangle inequality, answered Yes or No. */
public final class ValidTriangleSolver extends RecognisingSolver {

    public ValidTriangleSolver() {
        super("geometry", "valid_triangle");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("triang") || !q.has("exist", "valid", "possible", "form a", "be formed", "can a", "make a")
                || q.has("area", "hypotenuse", "perimeter") || q.matches("\\bangles?\\b")) {
            return Optional.empty();
        }
        Optional<long[]> sides = Extract.wholeNumbers(q.numbers());
        if (sides.isEmpty() || sides.get().length != 3) {
            return Optional.empty();
        }
        long a = sides.get()[0];
        long b = sides.get()[1];
        long c = sides.get()[2];
        boolean ab = c < a + b;
        boolean bc = a < b + c;
        boolean ca = b < c + a;
        boolean exists = ab && bc && ca;
        String answer = exists ? "Yes" : "No";
        return Explanation.start("A triangle with sides " + a + ", " + b + " and " + c
                        + " exists only if every side is shorter than the sum of the other two (triangle inequality).")
                .step(a + " + " + b + " = " + (a + b) + (ab ? " > " : " ≤ ") + c + ".")
                .step(b + " + " + c + " = " + (b + c) + (bc ? " > " : " ≤ ") + a + ".")
                .step(c + " + " + a + " = " + (c + a) + (ca ? " > " : " ≤ ") + b + ".")
                .step(exists ? "All three inequalities hold, so the triangle exists."
                        : "At least one inequality fails, so no such triangle exists.")
                .answer(answer, confidence);
    }
}
