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

/** A binary string converted to Python's {@code hex()} form ({@code 0x1ea}). */
public final class BinaryToHexSolver extends RecognisingSolver {

    public BinaryToHexSolver() {
        super("computer_science", "binary_to_hex");
    }

    private static final Pattern BITS = Pattern.compile("(?<![\\w])(?<!\\d\\.)([01]+)(?![\\w])(?!\\.\\d)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        if (Extract.mentions(lower, "complement", "bcd", "octal", "decimal number")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(BITS, lower);
        if (!m.find()) {
            return Optional.empty();
        }
        String bits = m.group(1);
        if (m.find()) {
            return Optional.empty();
        }
        boolean hex = Extract.mentions(lower, "hex");
        boolean binary = Extract.mentions(lower, "binary", "bits", "base 2", "base-2", "base2");
        boolean bare = lower.strip().equals(bits);
        if (!hex && !bare) {
            return Optional.empty();
        }
        String answer = "0x" + new BigInteger(bits, 2).toString(16);
        Explanation steps = Explanation.start("We convert the binary number " + bits + " to hexadecimal.")
                .step("Group the bits in fours from the right and replace each group with its hex digit.")
                .step(bits + " in binary is " + new BigInteger(bits, 2) + " in decimal, which is " + answer.substring(2) + " in hexadecimal.")
                .step("Written with Python's prefix, that is " + answer + ".");
        double confidence = hex && binary ? 0.9 : hex ? 0.6 : 0.35;
        return steps.answer(answer, confidence);
    }


}
