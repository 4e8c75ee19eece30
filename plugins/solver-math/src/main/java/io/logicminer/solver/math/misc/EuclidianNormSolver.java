package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import io.logicminer.python.PythonFloat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Euclidian norm or L2 norm of the vector [..] is:": sqrt of the sum of squares, rounded to 2 decimals. */
public final class EuclidianNormSolver extends RecognisingSolver {

    public EuclidianNormSolver() {
        super("misc", "euclidian_norm");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("norm", "magnitude", "length of the vector") || q.has("angle")) {
            return Optional.empty();
        }
        List<List<String>> lists = NumberLists.lists(q.body());
        if (lists.size() != 1 || lists.get(0).size() < 2) {
            return Optional.empty();
        }
        List<String> parts = lists.get(0);
        double[] squares = new double[parts.size()];
        for (int i = 0; i < squares.length; i++) {
            double x = Double.parseDouble(parts.get(i));
            squares[i] = x * x;
        }
        double naive = Math.sqrt(PythonFloat.naiveSum(squares));
        String answer = PythonFloat.roundRepr(naive, 2);
        // Python 3.12+ sums floats with compensation; answer only when that makes no visible difference.
        if (!answer.equals(PythonFloat.roundRepr(Math.sqrt(PythonFloat.compensatedSum(squares)), 2))) {
            return Optional.empty();
        }
        return Explanation.start("The Euclidean (L2) norm of a vector is the square root of the sum of the squares "
                        + "of its " + parts.size() + " components: ||v|| = sqrt(v1² + v2² + ...).")
                .step("Sum of squares ≈ " + PythonFloat.repr(PythonFloat.naiveSum(squares)) + ".")
                .step("||v|| = sqrt(" + PythonFloat.repr(PythonFloat.naiveSum(squares)) + ") ≈ "
                        + PythonFloat.repr(naive) + ".")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
