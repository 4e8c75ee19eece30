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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An integer times a 2x2 matrix ({@code 5 * \begin{bmatrix}...}). */
public final class MultiplyIntTo22MatrixSolver implements TopicSolver {

    private static final Pattern SCALAR = Pattern.compile("(-?\\d+)(?:\\*|×|\\\\times|\\\\cdot|times)?\\\\begin\\{bmatrix\\}");

    @Override
    public String topic() {
        return "algebra";
    }

    @Override
    public String subtopic() {
        return "multiply_int_to_22_matrix";
    }

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        List<Matrix> matrices = Extract.bmatrices(problem.text());
        if (matrices.size() != 1 || Extract.mentions(problem.lower(), "det", "invers", "invert")) {
            return Optional.empty();
        }
        Matcher m = SCALAR.matcher(Extract.compact(problem.text()));
        if (!m.find()) {
            return Optional.empty();
        }
        long k = Long.parseLong(m.group(1));
        Matrix matrix = matrices.get(0);
        Matrix product = matrix.scale(Rational.of(k));
        String answer = product.toBmatrix();
        Steps steps = Steps.start("Multiplying a matrix by the number " + k + " multiplies every entry by " + k + ".")
                .then("The matrix is " + matrix.toPlainRows() + ".")
                .then("Each entry times " + k + " gives " + product.toPlainRows() + ".");
        double confidence = matrix.rowCount() == 2 && matrix.columnCount() == 2 ? 0.9 : 0.6;
        return Optional.of(steps.answer(answer, confidence));
    }
}
