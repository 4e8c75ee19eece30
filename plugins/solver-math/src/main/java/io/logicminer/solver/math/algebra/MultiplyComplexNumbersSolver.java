package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.python.PythonFloat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product of two complex numbers written the way Python prints them ({@code (14+18j)}, {@code 5j}); the answer
 * is Python's {@code repr} of the product, signed zeros included ({@code (-0-15j)}, {@code 12j}).
 */
public final class MultiplyComplexNumbersSolver extends RecognisingSolver {

    public MultiplyComplexNumbersSolver() {
        super("algebra", "multiply_complex_numbers");
    }

    private static final String NUMBER = "(?:\\((-?\\d++)([+-]\\d++)[ji]\\)|(?<!\\d)(-?\\d++)[ji])";
    private static final Pattern PRODUCT = Pattern.compile(NUMBER + "(?:\\*|×|x|\\\\times|\\\\cdot|times|and)" + NUMBER);



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        Matcher m = Extract.scan(PRODUCT, Extract.compact(problem.text()));
        if (!m.find()) {
            return Optional.empty();
        }
        double a = m.group(1) != null ? Double.parseDouble(m.group(1)) : 0.0;
        double b = m.group(1) != null ? Double.parseDouble(m.group(2)) : Double.parseDouble(m.group(3));
        double c = m.group(4) != null ? Double.parseDouble(m.group(4)) : 0.0;
        double d = m.group(4) != null ? Double.parseDouble(m.group(5)) : Double.parseDouble(m.group(6));
        double real = a * c - b * d;
        double imag = a * d + b * c;
        String answer = repr(real, imag);
        Explanation steps = Explanation.start("We multiply (" + fmt(a) + " + " + fmt(b) + "j)(" + fmt(c) + " + " + fmt(d)
                        + "j) using j² = -1: (a + bj)(c + dj) = (ac - bd) + (ad + bc)j.")
                .step("Real part: " + fmt(a) + "·" + fmt(c) + " - " + fmt(b) + "·" + fmt(d) + " = " + fmt(real) + ".")
                .step("Imaginary part: " + fmt(a) + "·" + fmt(d) + " + " + fmt(b) + "·" + fmt(c) + " = " + fmt(imag) + ".")
                .step("So the product is " + answer + ".");
        double confidence = Extract.mentions(problem.lower(), "complex", "multipl", "product") ? 0.95 : 0.85;
        return steps.answer(answer, confidence);
    }

    /** CPython's {@code repr(complex(real, imag))}. */
    static String repr(double real, double imag) {
        String imagPart = PythonFloat.reprNoDotZero(imag);
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
            return imagPart + "j";
        }
        String sign = imag < 0 || Double.doubleToRawLongBits(imag) == Long.MIN_VALUE ? "" : "+";
        return "(" + PythonFloat.reprNoDotZero(real) + sign + imagPart + "j)";
    }

    private static String fmt(double v) {
        return PythonFloat.reprNoDotZero(v);
    }
}
