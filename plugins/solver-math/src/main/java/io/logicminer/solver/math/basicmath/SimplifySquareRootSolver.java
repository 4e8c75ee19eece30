package io.logicminer.solver.math.basicmath;

import io.logicminer.solver.math.engine.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.Steps;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.python.PythonFloat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code \sqrt{n}} written as {@code a\sqrt{b}} with b square-free. */
public final class SimplifySquareRootSolver implements TopicSolver {

    private static final Pattern ROOT = Pattern.compile("\\\\sqrt\\{(\\d+)\\}");
    private static final Pattern WORDS = Pattern.compile("square\\s*root\\s*(?:of)?\\s*(\\d+)");

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        String compact = Extract.compact(problem.text());
        Matcher m = ROOT.matcher(compact);
        long n;
        if (m.find() && !compact.contains("\\sqrt[")) {
            n = Long.parseLong(m.group(1));
            if (m.find()) {
                return Optional.empty();
            }
        } else {
            Matcher w = WORDS.matcher(problem.lower());
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
        Steps steps = Steps.start("To simplify √" + n + ", take the largest perfect square factor out of the root.")
                .then(n + " = " + outside * outside + " × " + inside + ", and " + outside * outside + " = " + outside + "².")
                .then("So √" + n + " = √" + outside * outside + " · √" + inside + " = " + outside + "√" + inside + ".");
        double confidence = Extract.mentions(problem.lower(), "simplif") ? 0.9 : 0.6;
        return Optional.of(steps.answer(answer, confidence));
    }

    @Override
    public String topic() {
        return "basic_math";
    }

    @Override
    public String subtopic() {
        return "simplify_square_root";
    }
}
