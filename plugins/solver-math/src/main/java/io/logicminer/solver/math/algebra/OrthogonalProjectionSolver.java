package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.exact.Rational;

import java.util.List;
import java.util.Optional;

/** The orthogonal projection of v onto u, (v·u / u·u) u, with exact fractions printed as {@code \frac{n}{d}}. */
public final class OrthogonalProjectionSolver extends RecognisingSolver {

    public OrthogonalProjectionSolver() {
        super("algebra", "orthogonal_projection");
    }



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        if (!Extract.mentions(lower, "project", "onto")) {
            return Optional.empty();
        }
        List<long[]> vectors = Extract.vectors(problem.text());
        if (vectors.size() != 2 || vectors.get(0).length != 2 || vectors.get(1).length != 2) {
            return Optional.empty();
        }
        long[] v = vectors.get(0);
        long[] u = vectors.get(1);
        long dot = v[0] * u[0] + v[1] * u[1];
        long norm = u[0] * u[0] + u[1] * u[1];
        if (norm == 0) {
            return Optional.empty();
        }
        Rational factor = Rational.of(dot, norm);
        Rational p0 = factor.multiply(Rational.of(u[0]));
        Rational p1 = factor.multiply(Rational.of(u[1]));
        String answer = "[" + p0.toLatex() + ", " + p1.toLatex() + "]";
        Explanation steps = Explanation.start("The orthogonal projection of v = [" + v[0] + ", " + v[1] + "] onto u = [" + u[0] + ", " + u[1]
                        + "] is proj_u(v) = (v·u / u·u) u.")
                .step("v·u = " + v[0] + "·" + u[0] + " + " + v[1] + "·" + u[1] + " = " + dot + ".")
                .step("u·u = " + u[0] + "² + " + u[1] + "² = " + norm + ".")
                .step("The scale factor is " + dot + "/" + norm + " = " + factor + ", so the projection is [" + p0 + ", " + p1 + "].");
        return steps.answer(answer, 0.9);
    }
}
