package io.logicminer.solver.math.basicmath;

import io.logicminer.solver.math.engine.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.Steps;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.python.PythonFloat;
import io.logicminer.solver.math.exact.Rational;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which of {@code >}, {@code <}, {@code =} relates a/b to c/d (exactly). */
public final class CompareFractionsSolver implements TopicSolver {

    private static final Pattern FRAC = Pattern.compile("\\\\frac\\{(\\d+)\\}\\{(\\d+)\\}|(?<![\\d/])(\\d+)/(\\d+)(?![\\d/])");

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        String lower = problem.lower();
        if (!Extract.mentions(lower, "compar", "symbol", "greater", "less", "bigger", "larger", "smaller")
                || Extract.mentions(lower, "\\cdot", "\\div", "multipl", "product")) {
            return Optional.empty();
        }
        Matcher m = FRAC.matcher(Extract.compact(problem.text()));
        long[] v = new long[4];
        int n = 0;
        while (m.find()) {
            if (n == 4) {
                return Optional.empty();
            }
            v[n++] = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(3));
            v[n++] = Long.parseLong(m.group(2) != null ? m.group(2) : m.group(4));
        }
        if (n != 4 || v[1] == 0 || v[3] == 0) {
            return Optional.empty();
        }
        Rational first = Rational.of(v[0], v[1]);
        Rational second = Rational.of(v[2], v[3]);
        int cmp = first.compareTo(second);
        String answer = cmp > 0 ? ">" : cmp < 0 ? "<" : "=";
        Steps steps = Steps.start("We compare " + v[0] + "/" + v[1] + " and " + v[2] + "/" + v[3] + " by cross-multiplying.")
                .then(v[0] + " × " + v[3] + " = " + v[0] * v[3] + " and " + v[2] + " × " + v[1] + " = " + v[2] * v[1] + ".")
                .then("Since " + v[0] * v[3] + (cmp > 0 ? " > " : cmp < 0 ? " < " : " = ") + v[2] * v[1] + ", the first fraction is "
                        + (cmp > 0 ? "greater than" : cmp < 0 ? "less than" : "equal to") + " the second, so the symbol is " + answer + ".");
        return Optional.of(steps.answer(answer, 0.9));
    }

    @Override
    public String topic() {
        return "basic_math";
    }

    @Override
    public String subtopic() {
        return "compare_fractions";
    }
}
