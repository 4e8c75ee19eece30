package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.engine.WorkedAnswer;

import io.logicminer.solver.math.toolkit.Extract;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds "a1, a2, a3" arithmetic series and the remaining term count in AP questions. */
final class ArithmeticProgressions {

    private static final Pattern SERIES = Pattern.compile(
            "(?<![\\w.])(-?\\d+)\\s*,\\s*(-?\\d+)\\s*,\\s*(-?\\d+)(?![\\d.])");

    private ArithmeticProgressions() {
    }

    /** {a1, d, n} when the body holds one three-term AP and exactly one other whole number. */
    static Optional<long[]> parse(QuestionText q) {
        if (!q.matches("\\bap\\b|arithmetic|a\\.p\\.")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(SERIES, q.body());
        if (!m.find()) {
            return Optional.empty();
        }
        long a1 = Long.parseLong(m.group(1));
        long a2 = Long.parseLong(m.group(2));
        long a3 = Long.parseLong(m.group(3));
        String rest = q.body().substring(0, m.start()) + " " + q.body().substring(m.end());
        List<String> others = Extract.numbers(rest);
        if (m.find() || a3 - a2 != a2 - a1 || others.size() != 1) {
            return Optional.empty();
        }
        Optional<Long> n = Extract.wholeNumber(others.get(0));
        if (n.isEmpty() || n.get() < 1) {
            return Optional.empty();
        }
        return Optional.of(new long[] {a1, a2 - a1, n.get()});
    }
}
