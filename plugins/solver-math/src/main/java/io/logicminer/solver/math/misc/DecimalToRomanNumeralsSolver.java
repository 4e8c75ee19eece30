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

/** "The number n in roman numerals is:": standard subtractive Roman numerals (1 to 3999). */
public final class DecimalToRomanNumeralsSolver extends RecognisingSolver {

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    public DecimalToRomanNumeralsSolver() {
        super("misc", "decimal_to_roman_numerals");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("roman")) {
            return Optional.empty();
        }
        Optional<long[]> n = Extract.wholeNumbers(q.numbers());
        if (n.isEmpty() || n.get().length != 1 || n.get()[0] < 1 || n.get()[0] > 3999) {
            return Optional.empty();
        }
        long value = n.get()[0];
        long rest = value;
        StringBuilder roman = new StringBuilder();
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                roman.append(SYMBOLS[i]);
                parts.append(parts.length() > 0 ? " + " : "").append(VALUES[i]).append(" (").append(SYMBOLS[i])
                        .append(")");
                rest -= VALUES[i];
            }
        }
        long thousands = value / 1000 * 1000;
        long hundreds = value % 1000 / 100 * 100;
        long tens = value % 100 / 10 * 10;
        long ones = value % 10;
        return Explanation.start("Write " + value + " by place value and convert each part using I=1, V=5, X=10, "
                        + "L=50, C=100, D=500, M=1000 with the subtractive forms IV, IX, XL, XC, CD, CM.")
                .step(value + " = " + thousands + " + " + hundreds + " + " + tens + " + " + ones + ".")
                .step(parts + ".")
                .step("Putting the symbols together: " + roman + ".")
                .answer(roman.toString(), confidence);
    }
}
