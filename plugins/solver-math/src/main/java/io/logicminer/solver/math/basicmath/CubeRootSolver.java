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

/** The cube root rounded to 2 places, computed as Python computes {@code b ** (1/3)} (so 125 gives {@code 5.0}). */
public final class CubeRootSolver implements TopicSolver {

    private static final Pattern ROOT = Pattern.compile("\\\\sqrt\\[3\\]\\{(\\d+)\\}");
    private static final Pattern WORDS = Pattern.compile("cube\\s*root\\s*(?:of)?\\s*:?\\s*(\\d+)");

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        Matcher m = ROOT.matcher(Extract.compact(problem.text()));
        Matcher w = WORDS.matcher(problem.lower());
        long b;
        if (m.find()) {
            b = Long.parseLong(m.group(1));
        } else if (w.find()) {
            b = Long.parseLong(w.group(1));
        } else {
            return Optional.empty();
        }
        double root = StrictMath.pow(b, 1.0 / 3);
        String answer = PythonFloat.repr(PythonFloat.round(root, 2));
        Steps steps = Steps.start("We need the cube root of " + b + ", that is, the number r with r³ = " + b + ".")
                .then("Since " + (long) Math.floor(root + 1e-9) + "³ = " + (long) Math.pow(Math.floor(root + 1e-9), 3) + " and "
                        + (long) (Math.floor(root + 1e-9) + 1) + "³ = " + (long) Math.pow(Math.floor(root + 1e-9) + 1, 3)
                        + ", the root lies between them.")
                .then("Computing more precisely, ∛" + b + " ≈ " + PythonFloat.repr(PythonFloat.round(root, 6)) + ", which rounds to " + answer + ".");
        return Optional.of(steps.answer(answer, 0.9));
    }

    @Override
    public String topic() {
        return "basic_math";
    }

    @Override
    public String subtopic() {
        return "cube_root";
    }
}
