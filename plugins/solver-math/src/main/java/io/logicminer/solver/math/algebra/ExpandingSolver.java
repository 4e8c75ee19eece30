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
 * {@code (ax+x1)(bx+x2)} expanded. Quirks kept: mathgenerator drops a {@code +1} coefficient but keeps {@code -1}
 * ({@code -1x^2}), prints nothing for a zero middle term ({@code 4x^2x-3}). A first factor written {@code (x...)}
 * is ambiguous (mathgenerator prints a leading coefficient of both 0 and 1 as nothing), so it is declined.
 */
public final class ExpandingSolver extends RecognisingSolver {

    public ExpandingSolver() {
        super("algebra", "expanding");
    }

    private static final Pattern PRODUCT = Pattern.compile(
            "\\((-?\\d*)x([+-]\\d+)?\\)\\*?\\((-?\\d*)x([+-]\\d+)?\\)");



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        Matcher m = Extract.scan(PRODUCT, Extract.compact(problem.text()));
        if (!m.find() || m.group(1).isEmpty() || m.group(1).equals("-")) {
            return Optional.empty();
        }
        long a = Long.parseLong(m.group(1));
        long x1 = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        long b = m.group(3).isEmpty() ? 1 : m.group(3).equals("-") ? -1 : Long.parseLong(m.group(3));
        long x2 = m.group(4) == null ? 0 : Long.parseLong(m.group(4));
        long square = a * b;
        long middle = a * x2 + b * x1;
        long constant = x1 * x2;
        String c1 = signed(square);
        if (c1.equals("+1")) {
            c1 = "";
        } else if (c1.startsWith("+")) {
            c1 = c1.substring(1);
        }
        String c2 = signed(middle);
        if (c2.equals("+1")) {
            c2 = "";
        }
        String answer = c1 + "x^2" + c2 + "x" + signed(constant);
        Explanation steps = Explanation.start("We expand (" + a + "x " + sign(x1) + ")(" + b + "x " + sign(x2)
                        + ") by multiplying every term of the first factor by every term of the second (FOIL).")
                .step("First: " + a + "x · " + b + "x = " + square + "x^2.")
                .step("Outer and inner: " + a + "x · " + x2 + " + " + x1 + " · " + b + "x = " + middle + "x.")
                .step("Last: " + x1 + " · " + x2 + " = " + constant + ".")
                .step("Adding the pieces gives " + answer + ".");
        double confidence = Extract.mentions(problem.lower(), "expand", "multiply", "product", "foil") ? 0.95 : 0.85;
        return steps.answer(answer, confidence);
    }

    private static String signed(long z) {
        return z > 0 ? "+" + z : z < 0 ? "-" + Math.abs(z) : "";
    }

    private static String sign(long z) {
        return z < 0 ? "- " + Math.abs(z) : "+ " + z;
    }
}
