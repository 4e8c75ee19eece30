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

/** The cube root rounded to 2 places, computed as Python computes {@code b ** (1/3)} (so 125 gives {@code 5.0}). */
public final class CubeRootSolver extends RecognisingSolver {

    public CubeRootSolver() {
        super("basic_math", "cube_root");
    }

    private static final Pattern ROOT = Pattern.compile("\\\\sqrt\\[3\\]\\{(\\d+)\\}");
    private static final Pattern WORDS = Pattern.compile("cube\\s*root\\s*(?:of)?\\s*:?\\s*(\\d+)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        Matcher m = Extract.scan(ROOT, Extract.compact(problem.text()));
        Matcher w = Extract.scan(WORDS, problem.lower());
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
        Explanation steps = Explanation.start("We need the cube root of " + b + ", that is, the number r with r³ = " + b + ".")
                .step("Since " + (long) Math.floor(root + 1e-9) + "³ = " + (long) Math.pow(Math.floor(root + 1e-9), 3) + " and "
                        + (long) (Math.floor(root + 1e-9) + 1) + "³ = " + (long) Math.pow(Math.floor(root + 1e-9) + 1, 3)
                        + ", the root lies between them.")
                .step("Computing more precisely, ∛" + b + " ≈ " + PythonFloat.repr(PythonFloat.round(root, 6)) + ", which rounds to " + answer + ".");
        return steps.answer(answer, 0.9);
    }


}
