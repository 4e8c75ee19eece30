package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import io.logicminer.python.PythonFloat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Profit percent when CP = c and SP = s is:": |s - c| / c × 100 rounded to 2 decimals. */
public final class ProfitLossPercentSolver extends RecognisingSolver {

    public ProfitLossPercentSolver() {
        super("misc", "profit_loss_percent");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("profit", "loss") || !q.has("percent", "%")) {
            return Optional.empty();
        }
        Optional<long[]> v = q.named("\\bcp\\b|cost price|cost", "\\bsp\\b|selling price|sale price|sold")
                .flatMap(Extract::wholeNumbers);
        if (v.isEmpty() || v.get()[0] <= 0) {
            return Optional.empty();
        }
        long cp = v.get()[0];
        long sp = v.get()[1];
        long diff = Math.abs(sp - cp);
        double percent = (double) diff / cp * 100;
        String answer = PythonFloat.roundRepr(percent, 2);
        String kind = sp - cp >= 0 ? "profit" : "loss";
        return Explanation.start("Cost price CP = " + cp + " and selling price SP = " + sp + "; since SP is "
                        + (sp >= cp ? "not below" : "below") + " CP this is a " + kind + ".")
                .step(kind.substring(0, 1).toUpperCase() + kind.substring(1) + " = |SP - CP| = |" + sp + " - " + cp
                        + "| = " + diff + ".")
                .step(kind.substring(0, 1).toUpperCase() + kind.substring(1) + " percent = " + diff + " / " + cp
                        + " × 100 ≈ " + PythonFloat.repr(percent) + ".")
                .step("Rounded to two decimals: " + answer + "%.")
                .answer(answer, confidence);
    }
}
