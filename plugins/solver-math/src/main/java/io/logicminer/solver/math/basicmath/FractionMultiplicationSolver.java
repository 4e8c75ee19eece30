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

/** a/b times c/d. Quirk kept: when the product reduces to a whole number mathgenerator prints {@code \frac{n}{gcd}} (e.g. {@code \frac{42}{2}}). */
public final class FractionMultiplicationSolver extends RecognisingSolver {

    public FractionMultiplicationSolver() {
        super("basic_math", "fraction_multiplication");
    }

    private static final Pattern PRODUCT = Pattern.compile(
            "\\\\frac\\{(\\d+)\\}\\{(\\d+)\\}(?:\\\\cdot|\\*|×|\\\\times|times|x)\\\\frac\\{(\\d+)\\}\\{(\\d+)\\}");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        Matcher m = Extract.scan(PRODUCT, Extract.compact(problem.text()));
        if (!m.find()) {
            return Optional.empty();
        }
        long a = Long.parseLong(m.group(1));
        long b = Long.parseLong(m.group(2));
        long c = Long.parseLong(m.group(3));
        long d = Long.parseLong(m.group(4));
        long num = a * c;
        long den = b * d;
        if (den == 0) {
            return Optional.empty();
        }
        long gcd = BigInteger.valueOf(num).gcd(BigInteger.valueOf(den)).longValueExact();
        String answer = den == 1 || den == gcd ? "\\frac{" + num + "}{" + gcd + "}" : "\\frac{" + num / gcd + "}{" + den / gcd + "}";
        Explanation steps = Explanation.start("To multiply fractions, multiply the numerators and the denominators.")
                .step(a + "/" + b + " × " + c + "/" + d + " = (" + a + "×" + c + ")/(" + b + "×" + d + ") = " + num + "/" + den + ".")
                .step("Dividing numerator and denominator by their greatest common divisor " + gcd + " gives "
                        + Rational.of(num, den) + ".");
        return steps.answer(answer, 0.9);
    }


}
