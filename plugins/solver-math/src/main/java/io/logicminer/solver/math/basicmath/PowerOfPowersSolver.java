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

/** {@code b^{p^{q}}} simplified as mathgenerator does it, to {@code b^{p·q}} (quirk: it treats the tower as (b^p)^q). */
public final class PowerOfPowersSolver extends RecognisingSolver {

    public PowerOfPowersSolver() {
        super("basic_math", "power_of_powers");
    }

    private static final Pattern TOWER = Pattern.compile("(?<!\\d)(\\d++)\\^\\{?(\\d++)\\^\\{?(\\d++)\\}?\\}?");
    private static final Pattern PARENS = Pattern.compile("\\((\\d+)\\^\\{?(\\d+)\\}?\\)\\^\\{?(\\d+)\\}?");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String compact = Extract.compact(problem.text());
        Matcher m = Extract.scan(TOWER, compact);
        if (!m.find()) {
            m = Extract.scan(PARENS, compact);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        long base = Long.parseLong(m.group(1));
        long p = Long.parseLong(m.group(2));
        long q = Long.parseLong(m.group(3));
        String answer = base + "^{" + p * q + "}";
        Explanation steps = Explanation.start("We simplify the power of a power " + base + "^" + p + " raised to " + q + ".")
                .step("By the rule (a^m)^n = a^(m·n), the exponents multiply: " + p + " × " + q + " = " + p * q + ".")
                .step("So the expression simplifies to " + base + "^" + p * q + ".");
        double confidence = Extract.mentions(problem.lower(), "simplif", "power") ? 0.9 : 0.8;
        return steps.answer(answer, confidence);
    }


}
