package io.logicminer.solver.math.basicmath;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.python.PythonFloat;
import io.logicminer.solver.math.exact.Rational;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** a ÷ b rounded to 2 places, printed as a Python float. */
public final class FractionToDecimalSolver extends RecognisingSolver {

    public FractionToDecimalSolver() {
        super("basic_math", "fraction_to_decimal");
    }

    private static final Pattern DIV = Pattern.compile("(?<![\\w])(?<!\\d\\.)(\\d+)(?:\\\\div|÷|/|dividedby)(\\d+)(?![\\w])(?!\\.\\d)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String compact = Extract.compact(problem.text());
        if (compact.contains("\\frac") || compact.contains("%") || compact.contains("^")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(DIV, compact);
        if (!m.find()) {
            return Optional.empty();
        }
        long a = Long.parseLong(m.group(1));
        long b = Long.parseLong(m.group(2));
        if (b == 0) {
            return Optional.empty();
        }
        String answer = PythonFloat.repr(PythonFloat.round((double) a / b, 2));
        Explanation steps = Explanation.start("We divide " + a + " by " + b + " and round to two decimal places.")
                .step(a + " ÷ " + b + " ≈ " + PythonFloat.repr(PythonFloat.round((double) a / b, 6)) + ".")
                .step("Rounded to two decimal places this is " + answer + ".");
        boolean symbol = m.group().contains("div") || m.group().contains("÷");
        return steps.answer(answer, symbol ? 0.85 : 0.6);
    }


}
