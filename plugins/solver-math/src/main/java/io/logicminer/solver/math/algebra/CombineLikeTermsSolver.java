package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sums of {@code cx^{e}} terms: add the coefficients of equal powers, list by increasing exponent. */
public final class CombineLikeTermsSolver extends RecognisingSolver {

    public CombineLikeTermsSolver() {
        super("algebra", "combine_like_terms");
    }

    static final Pattern TERM = Pattern.compile("(?<!\\d)(\\d++)x\\^\\{?(\\d++)\\}?");
    static final Pattern CHAIN = Pattern.compile("(?<!\\d)\\d++x\\^\\{?\\d++\\}?(?:\\+\\d++x\\^\\{?\\d++\\}?)*+");



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        if (Extract.mentions(lower, "differentiat", "derivative", "integra", "d/dx", "antideriv")) {
            return Optional.empty();
        }
        String compact = Extract.compact(problem.text());
        Matcher chain = Extract.scan(CHAIN, compact);
        if (!chain.find() || compact.contains("=")) {
            return Optional.empty();
        }
        String polynomial = chain.group();
        if (chain.find()) {
            return Optional.empty();
        }
        Map<Long, Long> sums = new TreeMap<>();
        List<String> original = new ArrayList<>();
        Matcher t = Extract.scan(TERM, polynomial);
        while (t.find()) {
            long c = Long.parseLong(t.group(1));
            long e = Long.parseLong(t.group(2));
            sums.merge(e, c, Long::sum);
            original.add(c + "x^{" + e + "}");
        }
        List<String> terms = new ArrayList<>();
        Explanation steps = Explanation.start("We simplify " + String.join(" + ", original) + " by combining like terms, "
                + "that is, terms with the same power of x.");
        for (Map.Entry<Long, Long> e : sums.entrySet()) {
            terms.add(e.getValue() + "x^{" + e.getKey() + "}");
            steps.step("Terms with x^" + e.getKey() + ": their coefficients add up to " + e.getValue() + ".");
        }
        String answer = String.join(" + ", terms);
        steps.step("Writing the combined terms in increasing order of the exponent gives " + answer + ".");
        double confidence = Extract.mentions(lower, "combine", "like term", "simplif", "collect") ? 0.9 : 0.5;
        return steps.answer(answer, confidence);
    }
}
