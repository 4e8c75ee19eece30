package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.engine.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.Steps;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.python.PythonFloat;

import java.util.Optional;

/** Simple interest P·R·T/100, rounded to 2 places and printed as a Python float. */
public final class SimpleInterestSolver implements TopicSolver {

    @Override
    public String topic() {
        return "algebra";
    }

    @Override
    public String subtopic() {
        return "simple_interest";
    }

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
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
        Steps steps = Steps.start("Simple interest is I = P × R × T / 100 with P = " + t.principal() + " dollars, R = "
                        + t.ratePercent() + "% per year and T = " + t.years() + " years.")
                .then("P × R × T = " + t.principal() + " × " + t.ratePercent() + " × " + t.years() + " = " + product + ".")
                .then("Dividing by 100 gives I = " + answer + " dollars.");
        return Optional.of(steps.answer(answer, simple ? 0.9 : 0.4));
    }
}
