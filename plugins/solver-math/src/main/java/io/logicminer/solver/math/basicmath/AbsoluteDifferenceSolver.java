package io.logicminer.solver.math.basicmath;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.python.PythonFloat;
import io.logicminer.solver.math.exact.Rational;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The absolute difference {@code |a-b|}. */
public final class AbsoluteDifferenceSolver extends RecognisingSolver {

    public AbsoluteDifferenceSolver() {
        super("basic_math", "absolute_difference");
    }

    private static final Pattern ABS = Pattern.compile("\\|(-?\\d+)-(-?\\d+)\\|");
    private static final Pattern WORDS = Pattern.compile("(?:absolute|positive) difference between (-?\\d+) and (-?\\d+)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        Matcher m = Extract.scan(ABS, Extract.compact(problem.text()));
        Matcher w = Extract.scan(WORDS, problem.lower());
        boolean symbolic = m.find();
        if (!symbolic && !w.find()) {
            return Optional.empty();
        }
        Matcher found = symbolic ? m : w;
        long a = Long.parseLong(found.group(1));
        long b = Long.parseLong(found.group(2));
        long diff = Math.abs(a - b);
        Explanation steps = Explanation.start("We need the absolute difference |" + a + " - (" + b + ")|.")
                .step(a + " - (" + b + ") = " + (a - b) + ".")
                .step("Its absolute value is " + diff + ".");
        return steps.answer(Long.toString(diff), symbolic ? 0.85 : 0.8);
    }


}
