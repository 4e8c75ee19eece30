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

/** The product of two integer matrices, printed as a {@code bmatrix}. */
public final class MatrixMultiplicationSolver extends RecognisingSolver {

    public MatrixMultiplicationSolver() {
        super("algebra", "matrix_multiplication");
    }



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        List<Matrix> matrices = Extract.bmatrices(problem.text());
        if (matrices.size() != 2) {
            return Optional.empty();
        }
        Matrix a = matrices.get(0);
        Matrix b = matrices.get(1);
        if (a.columnCount() != b.rowCount()) {
            return Optional.empty();
        }
        Matrix product = a.multiply(b);
        String answer = product.toBmatrix();
        Explanation steps = Explanation.start("We multiply a " + a.rowCount() + "x" + a.columnCount() + " matrix by a " + b.rowCount()
                        + "x" + b.columnCount() + " matrix; the result is " + a.rowCount() + "x" + b.columnCount() + ".")
                .step("Entry (i, j) of the product is the dot product of row i of the first matrix with column j of the second.")
                .step("For example, entry (1, 1) = " + firstEntry(a, b) + " = " + product.get(0, 0) + ".")
                .step("Doing this for every row and column gives " + product.toPlainRows() + ".");
        double confidence = Extract.mentions(problem.lower(), "multipl", "product", "times") ? 0.9 : 0.7;
        return steps.answer(answer, confidence);
    }

    private static String firstEntry(Matrix a, Matrix b) {
        StringBuilder s = new StringBuilder();
        for (int t = 0; t < a.columnCount(); t++) {
            if (t > 0) {
                s.append(" + ");
            }
            s.append(a.get(0, t)).append("·").append(b.get(t, 0));
        }
        return s.toString();
    }
}
