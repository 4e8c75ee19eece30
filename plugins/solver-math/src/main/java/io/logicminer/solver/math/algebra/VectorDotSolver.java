package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import java.util.List;
import java.util.Optional;

/** The dot product of two 3-vectors. */
public final class VectorDotSolver extends RecognisingSolver {

    public VectorDotSolver() {
        super("algebra", "vector_dot");
    }



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        if (!Extract.mentions(lower, "\\cdot", "dot", "scalar product", "inner product", "·")
                || Extract.mentions(lower, "\\times", "cross")) {
            return Optional.empty();
        }
        List<long[]> vectors = Extract.vectors(problem.text());
        if (vectors.size() != 2 || vectors.get(0).length != 3 || vectors.get(1).length != 3) {
            return Optional.empty();
        }
        long[] a = vectors.get(0);
        long[] b = vectors.get(1);
        long dot = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
        Explanation steps = Explanation.start("The dot product multiplies matching components and adds them.")
                .step(a[0] + "·" + b[0] + " + " + a[1] + "·" + b[1] + " + " + a[2] + "·" + b[2] + " = "
                        + a[0] * b[0] + " + " + a[1] * b[1] + " + " + a[2] * b[2] + " = " + dot + ".");
        return steps.answer(Long.toString(dot), 0.9);
    }
}
