package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.toolkit.Extract;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Principal, yearly rate in percent and years, read from an interest question however it is worded. */
record InterestTerms(long principal, long ratePercent, long years) {

    private static final Pattern PRINCIPAL = Pattern.compile(
            "(?:(?<!\\d)(\\d++)\\s*(?:dollars|usd|bucks)|(?:amount|principal|principle|sum|deposit|invest[a-z_]*+)\\D{0,25}?\\$?\\s*(\\d{3,}))");
    private static final Pattern RATE = Pattern.compile("(?<!\\d)(\\d++)\\s*(?:%|percent|per cent|pct)");
    private static final Pattern YEARS = Pattern.compile("(?<!\\d)(\\d++)\\s*(?:years?|yrs?)\\b");

    static Optional<InterestTerms> find(String lower) {
        Matcher p = Extract.scan(PRINCIPAL, lower);
        Matcher r = Extract.scan(RATE, lower);
        Matcher y = Extract.scan(YEARS, lower);
        if (!p.find() || !r.find() || !y.find()) {
            return Optional.empty();
        }
        String principal = p.group(1) != null ? p.group(1) : p.group(2);
        return Optional.of(new InterestTerms(Long.parseLong(principal), Long.parseLong(r.group(1)), Long.parseLong(y.group(1))));
    }
}
