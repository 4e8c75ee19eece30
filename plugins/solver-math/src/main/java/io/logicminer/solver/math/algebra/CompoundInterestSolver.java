package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.python.PythonFloat;

import java.util.Optional;

/**
 * "Compound interest for a principle amount of P dollars, R% rate of interest and for a time period of N years".
 * Quirk kept: the answer is the final amount P(1 + R/100)^N (not the interest earned), rounded to 2 places and
 * printed as a Python float (so {@code 3469.4}, not {@code 3469.40}).
 */
public final class CompoundInterestSolver extends RecognisingSolver {

    public CompoundInterestSolver() {
        super("algebra", "compound_interest");
    }



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        if (!Extract.mentions(lower, "interest")) {
            return Optional.empty();
        }
        Optional<InterestTerms> found = InterestTerms.find(lower);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        InterestTerms t = found.get();
        double growth = PythonFloat.pow(1 + t.ratePercent() / 100.0, (int) t.years());
        double amount = PythonFloat.round(t.principal() * growth, 2);
        String answer = PythonFloat.repr(amount);
        boolean compound = Extract.mentions(lower, "compound", "compounded");
        Explanation steps = Explanation.start("We compute the amount after compound interest with A = P(1 + r/100)^n, where P = "
                        + t.principal() + " dollars, r = " + t.ratePercent() + "% and n = " + t.years() + " years.")
                .step("Each year the balance is multiplied by 1 + " + t.ratePercent() + "/100 = "
                        + PythonFloat.repr(1 + t.ratePercent() / 100.0) + ".")
                .step("After " + t.years() + " years: A = " + t.principal() + " × " + PythonFloat.repr(1 + t.ratePercent() / 100.0)
                        + "^" + t.years() + " ≈ " + answer + " (rounded to the cent).");
        return steps.answer(answer, compound ? 0.9 : 0.4);
    }
}
