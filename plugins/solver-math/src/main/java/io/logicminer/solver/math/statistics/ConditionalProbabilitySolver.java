package io.logicminer.solver.math.statistics;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Someone tested positive for a nasty disease which only p% of the population have. Test sensitivity ...
 * SN=x% ... specificity SP=y%...": Bayes' theorem, answered as a percentage with 2 decimals ({@code 5.64%}).
 */
public final class ConditionalProbabilitySolver extends RecognisingSolver {

    public ConditionalProbabilitySolver() {
        super("statistics", "conditional_probability");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("sensitivity", "true positive") || !q.has("specificity", "true negative")) {
            return Optional.empty();
        }
        Optional<List<String>> named = q.named("population|prevalence|only|disease which",
                "sn\\s*=|sensitivity", "sp\\s*=|specificity");
        if (named.isEmpty()) {
            List<String> all = q.numbers();
            if (all.size() != 3) {
                return Optional.empty();
            }
            named = Optional.of(all);
        }
        double p = Double.parseDouble(named.get().get(0));
        double sn = Double.parseDouble(named.get().get(1));
        double sp = Double.parseDouble(named.get().get(2));
        double notDisease = 100.0 - p;
        double falsePositive = 100.0 - sp;
        double positive = p * sn + notDisease * falsePositive;
        double result = (sn * (100 * p)) / positive;
        String value = PythonFloat.roundRepr(result, 2);
        return Explanation.start("By Bayes' theorem, P(disease | positive) = P(positive | disease) P(disease) / "
                        + "P(positive), with prevalence " + PythonFloat.repr(p) + "%, sensitivity "
                        + PythonFloat.repr(sn) + "% and specificity " + PythonFloat.repr(sp) + "%.")
                .step("False-positive rate = 100 - " + PythonFloat.repr(sp) + " = " + PythonFloat.repr(falsePositive)
                        + "%; healthy share = 100 - " + PythonFloat.repr(p) + " = " + PythonFloat.repr(notDisease)
                        + "%.")
                .step("P(positive) ∝ " + PythonFloat.repr(p) + " × " + PythonFloat.repr(sn) + " + "
                        + PythonFloat.repr(notDisease) + " × " + PythonFloat.repr(falsePositive) + " = "
                        + PythonFloat.repr(positive) + ".")
                .step("P(disease | positive) = " + PythonFloat.repr(sn) + " × " + PythonFloat.repr(p) + " / "
                        + PythonFloat.repr(positive) + " × 100% ≈ " + PythonFloat.repr(result) + "%.")
                .step("Rounded to two decimals: " + value + "%.")
                .answer(value + "%", confidence);
    }
}
