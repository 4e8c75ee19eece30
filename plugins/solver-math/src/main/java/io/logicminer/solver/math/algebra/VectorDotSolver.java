package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.engine.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.Steps;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import java.util.List;
import java.util.Optional;

/** The dot product of two 3-vectors. */
public final class VectorDotSolver implements TopicSolver {

    @Override
    public String topic() {
        return "algebra";
    }

    @Override
    public String subtopic() {
        return "vector_dot";
    }

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
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
        Steps steps = Steps.start("The dot product multiplies matching components and adds them.")
                .then(a[0] + "·" + b[0] + " + " + a[1] + "·" + b[1] + " + " + a[2] + "·" + b[2] + " = "
                        + a[0] * b[0] + " + " + a[1] * b[1] + " + " + a[2] * b[2] + " = " + dot + ".");
        return Optional.of(steps.answer(Long.toString(dot), 0.9));
    }
}
