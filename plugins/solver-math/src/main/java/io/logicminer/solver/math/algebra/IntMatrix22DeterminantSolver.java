package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.exact.Matrix;
import io.logicminer.solver.math.exact.Rational;

import java.util.List;
import java.util.Optional;

/** The determinant ad - bc of a 2x2 integer matrix. */
public final class IntMatrix22DeterminantSolver extends RecognisingSolver {

    public IntMatrix22DeterminantSolver() {
        super("algebra", "int_matrix_22_determinant");
    }



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
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
        Explanation steps = Explanation.start("For a 2x2 matrix [[a, b], [c, d]] the determinant is ad - bc.")
                .step("Here a = " + m.get(0, 0) + ", b = " + m.get(0, 1) + ", c = " + m.get(1, 0) + ", d = " + m.get(1, 1) + ".")
                .step("ad = " + ad + " and bc = " + bc + ", so the determinant is " + ad + " - " + bc + " = " + answer + ".");
        return steps.answer(answer, 0.9);
    }
}
