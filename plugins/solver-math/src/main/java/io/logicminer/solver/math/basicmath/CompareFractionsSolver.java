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

/** Which of {@code >}, {@code <}, {@code =} relates a/b to c/d (exactly). */
public final class CompareFractionsSolver extends RecognisingSolver {

    public CompareFractionsSolver() {
        super("basic_math", "compare_fractions");
    }

    private static final Pattern FRAC = Pattern.compile("\\\\frac\\{(\\d+)\\}\\{(\\d+)\\}|(?<![\\d/])(\\d+)/(\\d+)(?![\\d/])");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        if (!Extract.mentions(lower, "compar", "symbol", "greater", "less", "bigger", "larger", "smaller")
                || Extract.mentions(lower, "\\cdot", "\\div", "multipl", "product")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(FRAC, Extract.compact(problem.text()));
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
        Explanation steps = Explanation.start("We compare " + v[0] + "/" + v[1] + " and " + v[2] + "/" + v[3] + " by cross-multiplying.")
                .step(v[0] + " × " + v[3] + " = " + v[0] * v[3] + " and " + v[2] + " × " + v[1] + " = " + v[2] * v[1] + ".")
                .step("Since " + v[0] * v[3] + (cmp > 0 ? " > " : cmp < 0 ? " < " : " = ") + v[2] * v[1] + ", the first fraction is "
                        + (cmp > 0 ? "greater than" : cmp < 0 ? "less than" : "equal to") + " the second, so the symbol is " + answer + ".");
        return steps.answer(answer, 0.9);
    }


}
