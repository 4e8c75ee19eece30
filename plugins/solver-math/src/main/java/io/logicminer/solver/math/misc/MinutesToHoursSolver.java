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

/** "Convert m minutes to hours & minutes": answered as {@code "15 hours and 26 minutes"}. */
public final class MinutesToHoursSolver extends RecognisingSolver {

    public MinutesToHoursSolver() {
        super("misc", "minutes_to_hours");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("minute") || !q.has("hour")) {
            return Optional.empty();
        }
        Optional<long[]> n = Extract.wholeNumbers(q.numbers());
        if (n.isEmpty() || n.get().length != 1 || n.get()[0] < 0 || q.numberBefore("min").isEmpty()) {
            return Optional.empty();
        }
        long minutes = n.get()[0];
        long h = minutes / 60;
        long m = minutes % 60;
        return Explanation.start("There are 60 minutes in an hour, so divide " + minutes + " by 60.")
                .step(minutes + " ÷ 60 = " + h + " remainder " + m + " (" + h + " × 60 = " + (h * 60) + ").")
                .step("So " + minutes + " minutes is " + h + " hours and " + m + " minutes.")
                .answer(h + " hours and " + m + " minutes", confidence);
    }
}
