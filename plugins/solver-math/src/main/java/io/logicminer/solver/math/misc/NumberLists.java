package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.engine.WorkedAnswer;

import io.logicminer.solver.math.toolkit.Extract;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads bracketed lists such as {@code [23, 62]} out of a question. */
final class NumberLists {

    private static final Pattern LIST = Pattern.compile("\\[([^\\[\\]]*)\\]");

    private NumberLists() {
    }

    /** The numbers of every bracketed list in the text, in order. */
    static List<List<String>> lists(String text) {
        List<List<String>> out = new ArrayList<>();
        Matcher m = Extract.scan(LIST, text);
        while (m.find()) {
            List<String> numbers = Extract.numbers(m.group(1));
            if (!numbers.isEmpty()) {
                out.add(numbers);
            }
        }
        return out;
    }

    static String join(List<String> values, String separator) {
        return String.join(separator, values);
    }
}
