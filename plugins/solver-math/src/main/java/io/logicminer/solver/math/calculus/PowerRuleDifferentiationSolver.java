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

/** Term-by-term power rule: {@code cx^{e}} becomes {@code (c·e)x^{e-1}}; quirk kept: terms are neither combined nor simplified ({@code 3x^{0}}). */
public final class PowerRuleDifferentiationSolver extends RecognisingSolver {

    public PowerRuleDifferentiationSolver() {
        super("calculus", "power_rule_differentiation");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        if (!Extract.mentions(lower, "differentiat", "derivative", "d/dx", "diff")) {
            return Optional.empty();
        }
        List<long[]> terms = PowerTerms.find(problem.text());
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        Explanation steps = Explanation.start("We differentiate term by term with the power rule d/dx (c·x^n) = c·n·x^(n-1).");
        for (long[] t : terms) {
            String d = t[0] * t[1] + "x^{" + (t[1] - 1) + "}";
            out.add(d);
            steps.step("d/dx " + t[0] + "x^" + t[1] + " = " + t[0] + "·" + t[1] + "x^" + (t[1] - 1) + " = " + t[0] * t[1] + "x^" + (t[1] - 1) + ".");
        }
        String answer = String.join(" + ", out);
        steps.step("Putting the terms together gives " + answer + ".");
        return steps.answer(answer, 0.9);
    }


}
