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

/** "Is y a leap year?": answered as {@code "1908 is a leap year"} or {@code "1918 is not a leap year"}. */
public final class IsLeapYearSolver extends RecognisingSolver {

    public IsLeapYearSolver() {
        super("misc", "is_leap_year");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("leap")) {
            return Optional.empty();
        }
        Optional<long[]> n = Extract.wholeNumbers(q.numbers());
        if (n.isEmpty() || n.get().length != 1 || n.get()[0] < 1) {
            return Optional.empty();
        }
        long y = n.get()[0];
        boolean leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        String answer = y + " is" + (leap ? "" : " not") + " a leap year";
        return Explanation.start("A year is a leap year if it is divisible by 4, except century years, which must "
                        + "also be divisible by 400.")
                .step(y + " ÷ 4 " + (y % 4 == 0 ? "leaves no remainder" : "leaves remainder " + (y % 4)) + ".")
                .step(y % 4 != 0 ? "Not divisible by 4, so it is not a leap year."
                        : y % 100 != 0 ? "It is not a century year, so it is a leap year."
                        : "It is a century year, and " + y + (y % 400 == 0 ? " is" : " is not")
                                + " divisible by 400.")
                .answer(answer, confidence);
    }
}
