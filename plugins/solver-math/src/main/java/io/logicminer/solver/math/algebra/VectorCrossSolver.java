package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import java.util.List;
import java.util.Optional;

/** The cross product of two 3-vectors, printed as a Python list. */
public final class VectorCrossSolver extends RecognisingSolver {

    public VectorCrossSolver() {
        super("algebra", "vector_cross");
    }



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        boolean cross = Extract.mentions(lower, "\\times", "cross", "×");
        if (!cross || Extract.mentions(lower, "\\cdot", "dot product")) {
            return Optional.empty();
        }
        List<long[]> vectors = Extract.vectors(problem.text());
        if (vectors.size() != 2 || vectors.get(0).length != 3 || vectors.get(1).length != 3) {
            return Optional.empty();
        }
        long[] a = vectors.get(0);
        long[] b = vectors.get(1);
        long c0 = a[1] * b[2] - a[2] * b[1];
        long c1 = a[2] * b[0] - a[0] * b[2];
        long c2 = a[0] * b[1] - a[1] * b[0];
        String answer = "[" + c0 + ", " + c1 + ", " + c2 + "]";
        Explanation steps = Explanation.start("The cross product a × b of a = [" + a[0] + ", " + a[1] + ", " + a[2] + "] and b = ["
                        + b[0] + ", " + b[1] + ", " + b[2] + "] is (a2b3 - a3b2, a3b1 - a1b3, a1b2 - a2b1).")
                .step("First component: " + a[1] + "·" + b[2] + " - " + a[2] + "·" + b[1] + " = " + c0 + ".")
                .step("Second component: " + a[2] + "·" + b[0] + " - " + a[0] + "·" + b[2] + " = " + c1 + ".")
                .step("Third component: " + a[0] + "·" + b[1] + " - " + a[1] + "·" + b[0] + " = " + c2 + ".");
        return steps.answer(answer, 0.9);
    }
}
