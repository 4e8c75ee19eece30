package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.exact.Matrix;

import java.util.List;
import java.util.Optional;

/** The exact inverse of a square matrix by Gauss-Jordan elimination, printed as sympy would ({@code 1/2}). */
public final class InvertMatrixSolver extends RecognisingSolver {

    public InvertMatrixSolver() {
        super("algebra", "invert_matrix");
    }



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        if (!Extract.mentions(problem.lower(), "invers", "invert", "^{-1}", "^-1")) {
            return Optional.empty();
        }
        List<Matrix> matrices = Extract.bmatrices(problem.text());
        if (matrices.size() != 1) {
            return Optional.empty();
        }
        Matrix m = matrices.get(0);
        Optional<Matrix> inverse = m.inverse();
        if (inverse.isEmpty()) {
            return Optional.empty();
        }
        String answer = inverse.get().toBmatrix();
        Explanation steps = Explanation.start("We invert the " + m.rowCount() + "x" + m.columnCount() + " matrix " + m.toPlainRows()
                        + " by Gauss-Jordan elimination on the augmented matrix [A | I].")
                .step("Row operations turn the left block into the identity matrix; the same operations turn the identity "
                        + "on the right into the inverse.")
                .step("The result is A⁻¹ = " + inverse.get().toPlainRows() + ", and one can check that A·A⁻¹ = I.");
        return steps.answer(answer, 0.9);
    }
}
