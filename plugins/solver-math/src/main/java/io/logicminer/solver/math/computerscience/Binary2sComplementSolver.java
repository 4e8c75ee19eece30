package io.logicminer.solver.math.computerscience;

import io.logicminer.solver.math.engine.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.Steps;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "2's complement of 1011": invert the bits, add one within the same width, drop leading zeros (mathgenerator's
 * {@code lstrip('0')}), so {@code 1101} gives {@code 11}.
 */
public final class Binary2sComplementSolver implements TopicSolver {

    private static final Pattern QUESTION = Pattern.compile("(?:2'?s|two'?s)[ -]?complement\\D{0,20}?([01]+)(?![0-9])");

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        Matcher m = QUESTION.matcher(problem.lower());
        if (!m.find()) {
            return Optional.empty();
        }
        String bits = m.group(1);
        StringBuilder inverted = new StringBuilder();
        for (char c : bits.toCharArray()) {
            inverted.append(c == '1' ? '0' : '1');
        }
        int width = bits.length();
        BigInteger value = new BigInteger(inverted.toString(), 2).add(BigInteger.ONE).mod(BigInteger.ONE.shiftLeft(width));
        String full = String.format("%" + width + "s", value.toString(2)).replace(' ', '0');
        String answer = full.replaceFirst("^0+", "");
        Steps steps = Steps.start("The two's complement of a binary number is found by inverting every bit and adding 1.")
                .then("Inverting " + bits + " gives " + inverted + ".")
                .then("Adding 1 (keeping " + width + " bits) gives " + full + ".")
                .then("Without leading zeros, the result is " + answer + ".");
        return Optional.of(steps.answer(answer, 0.9));
    }

    @Override
    public String topic() {
        return "computer_science";
    }

    @Override
    public String subtopic() {
        return "binary_2s_complement";
    }
}
