package io.logicminer.solver.math.statistics;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "n objects picked k at a time" and computes factorial ratios the way mathgenerator does. */
final class Counting {

    private Counting() {
    }

    /** {n, k} from the question, when it holds exactly two whole numbers with 0 ≤ k ≤ n. */
    static Optional<long[]> nk(QuestionText q) {
        Optional<List<String>> named = q.named("objects|items|things|elements|from|\\bn\\s*=",
                "picked|chosen|choose|taken|selected|select|at a time|\\br\\s*=|\\bk\\s*=");
        Optional<long[]> v = named.flatMap(Extract::wholeNumbers);
        if (v.isEmpty()) {
            v = Extract.wholeNumbers(q.numbers()).filter(n -> n.length == 2);
        }
        if (v.isEmpty() || v.get()[1] < 0 || v.get()[1] > v.get()[0] || v.get()[0] > 1000) {
            return Optional.empty();
        }
        return v;
    }

    static BigInteger factorial(long n) {
        BigInteger f = BigInteger.ONE;
        for (long i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    /** Python's {@code int(x / y)} for ints: the correctly rounded float quotient, truncated. */
    static BigInteger pythonIntOfQuotient(BigInteger x, BigInteger y) {
        return PythonFloat.truncate(PythonFloat.trueDivide(x, y));
    }
}
