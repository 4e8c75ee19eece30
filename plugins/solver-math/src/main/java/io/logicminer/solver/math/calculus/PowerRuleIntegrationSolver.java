package io.logicminer.solver.math.calculus;

import io.logicminer.solver.math.engine.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.Steps;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Term-by-term integration as mathgenerator writes it: {@code cx^{e}} becomes {@code \frac{c}{e}x^{e+1}}, then
 * {@code + C}. Quirk kept: it divides by the old exponent e (the correct rule divides by e+1) and never reduces.
 */
public final class PowerRuleIntegrationSolver implements TopicSolver {

    @Override
    public String topic() {
        return "calculus";
    }

    @Override
    public String subtopic() {
        return "power_rule_integration";
    }

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        String lower = problem.lower();
        if (!Extract.mentions(lower, "integra", "antideriv", "∫", "\\int") || Extract.mentions(lower, "definite", "limits")) {
            return Optional.empty();
        }
        List<long[]> terms = PowerTerms.find(problem.text());
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        Steps steps = Steps.start("We integrate term by term with the power rule, raising each exponent by one.");
        for (long[] t : terms) {
            out.add("\\frac{" + t[0] + "}{" + t[1] + "}x^{" + (t[1] + 1) + "}");
            steps.then("∫ " + t[0] + "x^" + t[1] + " dx is written as (" + t[0] + "/" + t[1] + ")x^" + (t[1] + 1)
                    + ", following this problem set's convention of dividing the coefficient by the original exponent.");
        }
        String answer = String.join(" + ", out) + " + C";
        steps.then("Adding the constant of integration C gives " + answer + ".");
        return Optional.of(steps.answer(answer, 0.9));
    }
}
