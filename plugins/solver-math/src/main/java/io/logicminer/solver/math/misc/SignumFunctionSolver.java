package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import io.logicminer.solver.math.toolkit.Extract;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Signum of n is =": 1, -1 or 0. */
public final class SignumFunctionSolver extends RecognisingSolver {

    public SignumFunctionSolver() {
        super("misc", "signum_function");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("signum", "sign function", "sgn")) {
            return Optional.empty();
        }
        Optional<long[]> n = Extract.wholeNumbers(q.numbers());
        if (n.isEmpty() || n.get().length != 1) {
            return Optional.empty();
        }
        long a = n.get()[0];
        long s = Long.signum(a);
        return Explanation.start("The signum function gives 1 for a positive number, -1 for a negative number and "
                        + "0 for zero.")
                .step(a + (a > 0 ? " is positive" : a < 0 ? " is negative" : " is zero") + ", so sgn(" + a + ") = " + s
                        + ".")
                .answer(Long.toString(s), confidence);
    }
}
