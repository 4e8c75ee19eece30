package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import io.logicminer.solver.math.toolkit.Extract;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Find prime factors of n": the prime factors with repetition, ascending, joined by ", ". */
public final class PrimeFactorsSolver extends RecognisingSolver {

    public PrimeFactorsSolver() {
        super("misc", "prime_factors");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("prime factor", "prime-factor", "prime factorization", "prime factorisation")) {
            return Optional.empty();
        }
        Optional<long[]> n = Extract.wholeNumbers(q.numbers());
        if (n.isEmpty() || n.get().length != 1 || n.get()[0] < 2) {
            return Optional.empty();
        }
        long value = n.get()[0];
        long rest = value;
        List<Long> factors = new ArrayList<>();
        Explanation e = Explanation.start("We break " + value + " into prime factors by repeated division, trying "
                + "the smallest primes first.");
        for (long d = 2; d * d <= rest; ) {
            if (rest % d == 0) {
                e.step(rest + " ÷ " + d + " = " + (rest / d) + ".");
                rest /= d;
                factors.add(d);
            } else {
                d++;
            }
        }
        if (rest > 1) {
            factors.add(rest);
            e.step(rest + " is prime, so it is the last factor.");
        }
        StringBuilder answer = new StringBuilder();
        for (Long f : factors) {
            answer.append(answer.length() > 0 ? ", " : "").append(f);
        }
        e.step(value + " = " + answer.toString().replace(", ", " × ") + ".");
        return e.answer(answer.toString(), confidence);
    }
}
