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
 * "The Fibonacci Series of the first n numbers". mathgenerator never substitutes n (its problem reads literally
 * {@code {n}}), so the canonical question cannot be answered and is declined; a paraphrase that states a count is
 * answered ({@code 0, 1, 1, 2, 3}).
 */
public final class FibonacciSeriesSolver extends RecognisingSolver {

    public FibonacciSeriesSolver() {
        super("computer_science", "fibonacci_series");
    }

    private static final Pattern COUNT = Pattern.compile("first\\s+(\\d+)\\s+(?:numbers|terms|fibonacci|elements|values)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        if (!Extract.mentions(lower, "fibonacci") || !Extract.mentions(lower, "series", "sequence", "first")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(COUNT, lower);
        if (!m.find()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        if (n > 1000) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            terms.add(a.toString());
            BigInteger next = a.add(b);
            a = b;
            b = next;
        }
        String answer = String.join(", ", terms);
        Explanation steps = Explanation.start("The Fibonacci series starts 0, 1 and each further number is the sum of the two before it.")
                .step("Listing the first " + n + " numbers: " + answer + ".");
        return steps.answer(answer, 0.9);
    }


}
