package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import io.logicminer.python.PythonFloat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Product of scientific notations a \times 10^{m} and b \times 10^{n} =": (a·b) × 10^(m+n), normalised once
 * when a·b ≥ 10, mantissa rounded to 2 decimals: {@code 6.43 \times 10^{74}}.
 */
public final class ProductOfScientificNotationsSolver extends RecognisingSolver {

    private static final Pattern SCI = Pattern.compile(
            "(?<!\\d)(\\d++(?:\\.\\d++)?)\\s*(?:\\\\times|×|\\*|x|\\\\cdot|·)\\s*10\\s*\\^\\s*\\{?\\s*\\(?(-?\\d+)\\)?\\s*\\}?");

    public ProductOfScientificNotationsSolver() {
        super("misc", "product_of_scientific_notations");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("product", "multiply", "multiplied", "times")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(SCI, q.body());
        double[] mant = new double[2];
        long[] exp = new long[2];
        int found = 0;
        while (m.find()) {
            if (found == 2) {
                return Optional.empty();
            }
            mant[found] = Double.parseDouble(m.group(1));
            exp[found++] = Long.parseLong(m.group(2));
        }
        if (found != 2) {
            return Optional.empty();
        }
        double c = mant[0] * mant[1];
        long e = exp[0] + exp[1];
        String product = PythonFloat.repr(c);
        boolean shift = c >= 10;
        if (shift) {
            c /= 10;
            e += 1;
        }
        String mantissa = PythonFloat.roundRepr(c, 2);
        String answer = mantissa + " \\times 10^{" + e + "}";
        Explanation x = Explanation.start("Multiply the mantissas and add the exponents: "
                        + "(a × 10^m)(b × 10^n) = (a·b) × 10^(m+n).")
                .step(PythonFloat.repr(mant[0]) + " × " + PythonFloat.repr(mant[1]) + " = " + product + "; "
                        + exp[0] + " + " + exp[1] + " = " + (exp[0] + exp[1]) + ".");
        if (shift) {
            x.step(product + " is at least 10, so move the decimal point: " + PythonFloat.repr(c) + " × 10^" + e
                    + ".");
        }
        return x.step("Rounding the mantissa to two decimals gives " + mantissa + " × 10^" + e + ".")
                .answer(answer, confidence);
    }
}
