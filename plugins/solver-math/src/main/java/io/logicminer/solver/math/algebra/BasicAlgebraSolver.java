package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ax + b = c} solved for x. Quirk kept: when a divides c - b, mathgenerator prints c - b itself, not
 * (c - b)/a (its test is {@code a == gcd(c - b, a)}).
 */
public final class BasicAlgebraSolver extends RecognisingSolver {

    public BasicAlgebraSolver() {
        super("algebra", "basic_algebra");
    }

    private static final Pattern EQUATION = Pattern.compile("(?<![\\w^{])(?<!\\d\\.)(\\d+)x\\+(\\d+)=(\\d+)(?![\\w^])(?!\\.\\d)");



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String compact = Extract.compact(problem.text());
        if (compact.contains("x^") || compact.matches(".*\\d[yz][+=].*")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(EQUATION, compact);
        if (!m.find()) {
            return Optional.empty();
        }
        long a = Long.parseLong(m.group(1));
        long b = Long.parseLong(m.group(2));
        long c = Long.parseLong(m.group(3));
        if (a == 0 || m.find()) {
            return Optional.empty();
        }
        long diff = c - b;
        long x = diff;
        long y = a;
        while (y != 0) {
            long t = Math.floorMod(x, y);
            x = y;
            y = t;
        }
        long gcd = x;
        String answer;
        if (diff == 0) {
            answer = "0";
        } else if (a == 1 || a == gcd) {
            answer = Long.toString(diff);
        } else {
            answer = Math.floorDiv(diff, gcd) + "/" + Math.floorDiv(a, gcd);
        }
        Explanation steps = Explanation.start("We need to solve the linear equation " + a + "x + " + b + " = " + c + " for x.")
                .step("Subtract " + b + " from both sides: " + a + "x = " + c + " - " + b + " = " + diff + ".")
                .step("Divide both sides by " + a + ": x = " + diff + "/" + a + ".");
        if (diff != 0 && a != 1 && a == gcd) {
            steps.step("Following the problem set's convention for an exact division, the result is written as " + diff + ".");
        } else if (diff != 0 && a != 1) {
            steps.step("Simplify the fraction by the greatest common divisor " + gcd + ": x = " + answer + ".");
        }
        double confidence = Extract.mentions(problem.lower(), "solve", "find x", "value of x", "algebra") ? 0.9 : 0.8;
        return steps.answer(answer, confidence);
    }
}
