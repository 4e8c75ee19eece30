package io.logicminer.solver.math.calculus;

import io.logicminer.solver.math.toolkit.Extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code cx^{e}} terms of the one polynomial a question holds, in order, as {coefficient, exponent}. */
final class PowerTerms {

    private static final Pattern CHAIN = Pattern.compile("(?<!\\d)\\d++x\\^\\{?\\d++\\}?(?:\\+\\d++x\\^\\{?\\d++\\}?)*+");
    private static final Pattern TERM = Pattern.compile("(?<!\\d)(\\d++)x\\^\\{?(\\d++)\\}?");

    private PowerTerms() {
    }

    static List<long[]> find(String text) {
        Matcher chain = Extract.scan(CHAIN, Extract.compact(text));
        if (!chain.find()) {
            return List.of();
        }
        String polynomial = chain.group();
        if (chain.find()) {
            return List.of();
        }
        List<long[]> terms = new ArrayList<>();
        Matcher t = Extract.scan(TERM, polynomial);
        while (t.find()) {
            terms.add(new long[] {Long.parseLong(t.group(1)), Long.parseLong(t.group(2))});
        }
        return terms;
    }
}
