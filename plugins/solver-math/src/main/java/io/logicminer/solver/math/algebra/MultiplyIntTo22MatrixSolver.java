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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An integer times a 2x2 matrix ({@code 5 * \begin{bmatrix}...}). */
public final class MultiplyIntTo22MatrixSolver extends RecognisingSolver {

    public MultiplyIntTo22MatrixSolver() {
        super("algebra", "multiply_int_to_22_matrix");
    }

    private static final Pattern SCALAR = Pattern.compile("(?<!\\d)(-?\\d++)(?:\\*|×|\\\\times|\\\\cdot|times)?\\\\begin\\{bmatrix\\}");



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        List<Matrix> matrices = Extract.bmatrices(problem.text());
        if (matrices.size() != 1 || Extract.mentions(problem.lower(), "det", "invers", "invert")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(SCALAR, Extract.compact(problem.text()));
        if (!m.find()) {
            return Optional.empty();
        }
        long k = Long.parseLong(m.group(1));
        Matrix matrix = matrices.get(0);
        Matrix product = matrix.scale(Rational.of(k));
        String answer = product.toBmatrix();
        Explanation steps = Explanation.start("Multiplying a matrix by the number " + k + " multiplies every entry by " + k + ".")
                .step("The matrix is " + matrix.toPlainRows() + ".")
                .step("Each entry times " + k + " gives " + product.toPlainRows() + ".");
        double confidence = matrix.rowCount() == 2 && matrix.columnCount() == 2 ? 0.9 : 0.6;
        return steps.answer(answer, confidence);
    }
}
