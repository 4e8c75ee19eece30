package io.logicminer.solver.math.basicmath;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.python.PythonFloat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code \sqrt{n}} written as {@code a\sqrt{b}} with b square-free. */
public final class SimplifySquareRootSolver extends RecognisingSolver {

    public SimplifySquareRootSolver() {
        super("basic_math", "simplify_square_root");
    }

    private static final Pattern ROOT = Pattern.compile("\\\\sqrt\\{(\\d+)\\}");
    private static final Pattern WORDS = Pattern.compile("square\\s*root\\s*(?:of)?\\s*(\\d+)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String compact = Extract.compact(problem.text());
        Matcher m = Extract.scan(ROOT, compact);
        long n;
        if (m.find() && !compact.contains("\\sqrt[")) {
            n = Long.parseLong(m.group(1));
            if (m.find()) {
                return Optional.empty();
            }
        } else {
            Matcher w = Extract.scan(WORDS, problem.lower());
            if (!w.find() || !Extract.mentions(problem.lower(), "simplif")) {
                return Optional.empty();
            }
            n = Long.parseLong(w.group(1));
        }
        if (n < 1 || compact.contains("=") && !compact.endsWith("=")) {
            return Optional.empty();
        }
        long outside = 1;
        long inside = 1;
        long rest = n;
        for (long f = 2; f * f <= rest || rest > 1; f++) {
            if (f * f > rest) {
                inside *= rest;
                break;
            }
            int count = 0;
            while (rest % f == 0) {
                rest /= f;
                count++;
            }
            for (int i = 0; i < count / 2; i++) {
                outside *= f;
            }
            if (count % 2 == 1) {
                inside *= f;
            }
        }
        String answer = outside + "\\sqrt{" + inside + "}";
        Explanation steps = Explanation.start("To simplify √" + n + ", take the largest perfect square factor out of the root.")
                .step(n + " = " + outside * outside + " × " + inside + ", and " + outside * outside + " = " + outside + "².")
                .step("So √" + n + " = √" + outside * outside + " · √" + inside + " = " + outside + "√" + inside + ".");
        double confidence = Extract.mentions(problem.lower(), "simplif") ? 0.9 : 0.6;
        return steps.answer(answer, confidence);
    }


}
