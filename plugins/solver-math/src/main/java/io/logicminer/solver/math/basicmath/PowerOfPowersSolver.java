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

/** {@code b^{p^{q}}} simplified as mathgenerator does it, to {@code b^{p·q}} (quirk: it treats the tower as (b^p)^q). */
public final class PowerOfPowersSolver implements TopicSolver {

    private static final Pattern TOWER = Pattern.compile("(\\d+)\\^\\{?(\\d+)\\^\\{?(\\d+)\\}?\\}?");
    private static final Pattern PARENS = Pattern.compile("\\((\\d+)\\^\\{?(\\d+)\\}?\\)\\^\\{?(\\d+)\\}?");

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        String compact = Extract.compact(problem.text());
        Matcher m = TOWER.matcher(compact);
        if (!m.find()) {
            m = PARENS.matcher(compact);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        long base = Long.parseLong(m.group(1));
        long p = Long.parseLong(m.group(2));
        long q = Long.parseLong(m.group(3));
        String answer = base + "^{" + p * q + "}";
        Steps steps = Steps.start("We simplify the power of a power " + base + "^" + p + " raised to " + q + ".")
                .then("By the rule (a^m)^n = a^(m·n), the exponents multiply: " + p + " × " + q + " = " + p * q + ".")
                .then("So the expression simplifies to " + base + "^" + p * q + ".");
        double confidence = Extract.mentions(problem.lower(), "simplif", "power") ? 0.9 : 0.8;
        return Optional.of(steps.answer(answer, confidence));
    }

    @Override
    public String topic() {
        return "basic_math";
    }

    @Override
    public String subtopic() {
        return "power_of_powers";
    }
}
