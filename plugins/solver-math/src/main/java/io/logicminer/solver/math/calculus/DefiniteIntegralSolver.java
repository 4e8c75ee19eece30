package io.logicminer.solver.math.calculus;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.python.PythonFloat;
import io.logicminer.solver.math.exact.Rational;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The integral of ax^2 + bx + c from 0 to 1, a/3 + b/2 + c, rounded to 2 places as a Python float. */
public final class DefiniteIntegralSolver extends RecognisingSolver {

    public DefiniteIntegralSolver() {
        super("calculus", "definite_integral");
    }

    private static final Pattern QUADRATIC = Pattern.compile("(?<!\\d)(\\d++)x\\^\\{?2\\}?\\+(\\d++)x\\+(\\d++)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        if (!Extract.mentions(lower, "integra", "∫", "\\int", "area under")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(QUADRATIC, Extract.compact(problem.text()));
        if (!m.find()) {
            return Optional.empty();
        }
        long a = Long.parseLong(m.group(1));
        long b = Long.parseLong(m.group(2));
        long c = Long.parseLong(m.group(3));
        Rational exact = Rational.of(a, 3).add(Rational.of(b, 2)).add(Rational.of(c));
        BigDecimal rounded = new BigDecimal(exact.numerator()).divide(new BigDecimal(exact.denominator()), 2, RoundingMode.HALF_EVEN);
        String answer = PythonFloat.repr(Double.parseDouble(rounded.toString()));
        Explanation steps = Explanation.start("We integrate " + a + "x^2 + " + b + "x + " + c + " from 0 to 1.")
                .step("An antiderivative is F(x) = " + a + "x^3/3 + " + b + "x^2/2 + " + c + "x.")
                .step("F(1) - F(0) = " + a + "/3 + " + b + "/2 + " + c + " = " + exact + ".")
                .step("As a decimal rounded to two places, this is " + answer + ".");
        return steps.answer(answer, 0.9);
    }


}
