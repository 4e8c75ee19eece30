package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.engine.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.Steps;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.exact.Matrix;
import io.logicminer.solver.math.exact.Rational;

import java.util.List;
import java.util.Optional;

/** The determinant ad - bc of a 2x2 integer matrix. */
public final class IntMatrix22DeterminantSolver implements TopicSolver {

    @Override
    public String topic() {
        return "algebra";
    }

    @Override
    public String subtopic() {
        return "int_matrix_22_determinant";
    }

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        if (!Extract.mentions(problem.lower(), "det")) {
            return Optional.empty();
        }
        List<Matrix> matrices = Extract.bmatrices(problem.text());
        if (matrices.size() != 1 || matrices.get(0).rowCount() != 2 || matrices.get(0).columnCount() != 2) {
            return Optional.empty();
        }
        Matrix m = matrices.get(0);
        Rational ad = m.get(0, 0).multiply(m.get(1, 1));
        Rational bc = m.get(0, 1).multiply(m.get(1, 0));
        String answer = ad.subtract(bc).toString();
        Steps steps = Steps.start("For a 2x2 matrix [[a, b], [c, d]] the determinant is ad - bc.")
                .then("Here a = " + m.get(0, 0) + ", b = " + m.get(0, 1) + ", c = " + m.get(1, 0) + ", d = " + m.get(1, 1) + ".")
                .then("ad = " + ad + " and bc = " + bc + ", so the determinant is " + ad + " - " + bc + " = " + answer + ".");
        return Optional.of(steps.answer(answer, 0.9));
    }
}
