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

/** a/b times c/d. Quirk kept: when the product reduces to a whole number mathgenerator prints {@code \frac{n}{gcd}} (e.g. {@code \frac{42}{2}}). */
public final class FractionMultiplicationSolver implements TopicSolver {

    private static final Pattern PRODUCT = Pattern.compile(
            "\\\\frac\\{(\\d+)\\}\\{(\\d+)\\}(?:\\\\cdot|\\*|×|\\\\times|times|x)\\\\frac\\{(\\d+)\\}\\{(\\d+)\\}");

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        Matcher m = PRODUCT.matcher(Extract.compact(problem.text()));
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
        Steps steps = Steps.start("To multiply fractions, multiply the numerators and the denominators.")
                .then(a + "/" + b + " × " + c + "/" + d + " = (" + a + "×" + c + ")/(" + b + "×" + d + ") = " + num + "/" + den + ".")
                .then("Dividing numerator and denominator by their greatest common divisor " + gcd + " gives "
                        + Rational.of(num, den) + ".");
        return Optional.of(steps.answer(answer, 0.9));
    }

    @Override
    public String topic() {
        return "basic_math";
    }

    @Override
    public String subtopic() {
        return "fraction_multiplication";
    }
}
