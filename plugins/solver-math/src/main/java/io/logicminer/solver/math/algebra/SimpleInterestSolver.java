package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.python.PythonFloat;

import java.util.Optional;

/** Simple interest P·R·T/100, rounded to 2 places and printed as a Python float. */
public final class SimpleInterestSolver extends RecognisingSolver {

    public SimpleInterestSolver() {
        super("algebra", "simple_interest");
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
        long product = t.principal() * t.ratePercent() * t.years();
        String answer = PythonFloat.repr(PythonFloat.round(product / 100.0, 2));
        boolean simple = Extract.mentions(lower, "simple");
        Explanation steps = Explanation.start("Simple interest is I = P × R × T / 100 with P = " + t.principal() + " dollars, R = "
                        + t.ratePercent() + "% per year and T = " + t.years() + " years.")
                .step("P × R × T = " + t.principal() + " × " + t.ratePercent() + " × " + t.years() + " = " + product + ".")
                .step("Dividing by 100 gives I = " + answer + " dollars.");
        return steps.answer(answer, simple ? 0.9 : 0.4);
    }
}
