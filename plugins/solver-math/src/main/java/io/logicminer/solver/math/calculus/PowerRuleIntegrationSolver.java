package io.logicminer.solver.math.calculus;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Term-by-term integration as mathgenerator writes it: {@code cx^{e}} becomes {@code \frac{c}{e}x^{e+1}}, then
 * {@code + C}. Quirk kept: it divides by the old exponent e (the correct rule divides by e+1) and never reduces.
 */
public final class PowerRuleIntegrationSolver extends RecognisingSolver {

    public PowerRuleIntegrationSolver() {
        super("calculus", "power_rule_integration");
    }



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        if (!Extract.mentions(lower, "integra", "antideriv", "∫", "\\int") || Extract.mentions(lower, "definite", "limits")) {
            return Optional.empty();
        }
        List<long[]> terms = PowerTerms.find(problem.text());
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        Explanation steps = Explanation.start("We integrate term by term with the power rule, raising each exponent by one.");
        for (long[] t : terms) {
            out.add("\\frac{" + t[0] + "}{" + t[1] + "}x^{" + (t[1] + 1) + "}");
            steps.step("∫ " + t[0] + "x^" + t[1] + " dx is written as (" + t[0] + "/" + t[1] + ")x^" + (t[1] + 1)
                    + ", following this problem set's convention of dividing the coefficient by the original exponent.");
        }
        String answer = String.join(" + ", out) + " + C";
        steps.step("Adding the constant of integration C gives " + answer + ".");
        return steps.answer(answer, 0.9);
    }
}
