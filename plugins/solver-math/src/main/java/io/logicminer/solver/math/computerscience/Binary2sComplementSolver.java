package io.logicminer.solver.math.computerscience;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

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
public final class Binary2sComplementSolver extends RecognisingSolver {

    public Binary2sComplementSolver() {
        super("computer_science", "binary_2s_complement");
    }

    private static final Pattern QUESTION = Pattern.compile("(?:2'?s|two'?s)[ -]?complement\\D{0,20}?([01]++)(?![0-9])");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        Matcher m = Extract.scan(QUESTION, problem.lower());
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
        Explanation steps = Explanation.start("The two's complement of a binary number is found by inverting every bit and adding 1.")
                .step("Inverting " + bits + " gives " + inverted + ".")
                .step("Adding 1 (keeping " + width + " bits) gives " + full + ".")
                .step("Without leading zeros, the result is " + answer + ".");
        return steps.answer(answer, 0.9);
    }


}
