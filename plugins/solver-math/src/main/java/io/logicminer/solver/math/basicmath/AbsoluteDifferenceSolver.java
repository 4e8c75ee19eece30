package io.logicminer.solver.math.basicmath;

import io.logicminer.solver.math.engine.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.Steps;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.python.PythonFloat;
import io.logicminer.solver.math.exact.Rational;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The absolute difference {@code |a-b|}. */
public final class AbsoluteDifferenceSolver implements TopicSolver {

    private static final Pattern ABS = Pattern.compile("\\|(-?\\d+)-(-?\\d+)\\|");
    private static final Pattern WORDS = Pattern.compile("(?:absolute|positive) difference between (-?\\d+) and (-?\\d+)");

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        Matcher m = ABS.matcher(Extract.compact(problem.text()));
        Matcher w = WORDS.matcher(problem.lower());
        boolean symbolic = m.find();
        if (!symbolic && !w.find()) {
            return Optional.empty();
        }
        Matcher found = symbolic ? m : w;
        long a = Long.parseLong(found.group(1));
        long b = Long.parseLong(found.group(2));
        long diff = Math.abs(a - b);
        Steps steps = Steps.start("We need the absolute difference |" + a + " - (" + b + ")|.")
                .then(a + " - (" + b + ") = " + (a - b) + ".")
                .then("Its absolute value is " + diff + ".");
        return Optional.of(steps.answer(Long.toString(diff), symbolic ? 0.85 : 0.8));
    }

    @Override
    public String topic() {
        return "basic_math";
    }

    @Override
    public String subtopic() {
        return "absolute_difference";
    }
}
