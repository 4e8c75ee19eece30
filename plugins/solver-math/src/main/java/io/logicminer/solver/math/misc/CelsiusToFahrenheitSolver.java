package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import io.logicminer.python.PythonFloat;

import io.logicminer.solver.math.toolkit.Extract;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Convert c degrees Celsius to degrees Fahrenheit": c × 1.8 + 32 printed as a Python float. */
public final class CelsiusToFahrenheitSolver extends RecognisingSolver {

    public CelsiusToFahrenheitSolver() {
        super("misc", "celsius_to_fahrenheit");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("celsius", "celcius", "centigrade") || !q.has("fahrenheit", "farenheit", "fahrenheight")) {
            return Optional.empty();
        }
        Optional<String> c = q.numberBefore("(?:°|degrees?|deg)?\\s*(?:celsius|celcius|centigrade|c\\b)");
        if (c.isEmpty() || q.numbers().size() != 1) {
            return Optional.empty();
        }
        Optional<Long> celsius = Extract.wholeNumber(c.get());
        if (celsius.isEmpty()) {
            return Optional.empty();
        }
        long t = celsius.get();
        double f = (t * (9 / 5.0)) + 32;
        String answer = PythonFloat.repr(f);
        return Explanation.start("To convert Celsius to Fahrenheit use F = C × 9/5 + 32.")
                .step(t + " × 9/5 = " + PythonFloat.repr(t * (9 / 5.0)) + ".")
                .step(PythonFloat.repr(t * (9 / 5.0)) + " + 32 = " + answer + " °F.")
                .answer(answer, confidence);
    }
}
