package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "\sin(30) =" for angles 0, 30, 45, 60, 90: the exact value in mathgenerator's LaTeX ({@code \frac{1}{2}},
 * {@code \frac{1}{\sqrt{2}}}, {@code \sqrt{3}}, {@code \infty} for tan 90).
 */
public final class BasicTrigonometrySolver extends RecognisingSolver {

    private static final Pattern CALL = Pattern.compile(
            "\\\\?\\b(sin|cos|tan|sine|cosine|tangent)\\s*(?:\\(\\s*|of\\s+)?(\\d+)\\s*(?:°|degrees?|\\^\\{?\\\\circ\\}?)?\\s*\\)?");

    public BasicTrigonometrySolver() {
        super("geometry", "basic_trigonometry");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        Matcher m = Extract.scan(CALL, q.lower());
        if (!m.find()) {
            return Optional.empty();
        }
        String function = m.group(1).substring(0, 3);
        String angleText = m.group(2);
        if (m.find() || q.numbers().size() != 1 || q.has("radian", "integr", "deriv", "differen", "\\int", "x)")) {
            return Optional.empty();
        }
        int angle = Integer.parseInt(angleText);
        String value;
        String exact;
        switch (function + angle) {
            case "sin0", "tan0", "cos90" -> {
                value = "0";
                exact = "0";
            }
            case "sin30", "cos60" -> {
                value = "\\frac{1}{2}";
                exact = "1/2";
            }
            case "sin45", "cos45" -> {
                value = "\\frac{1}{\\sqrt{2}}";
                exact = "1/√2 = √2/2";
            }
            case "sin60", "cos30" -> {
                value = "\\frac{\\sqrt{3}}{2}";
                exact = "√3/2";
            }
            case "sin90", "cos0", "tan45" -> {
                value = "1";
                exact = "1";
            }
            case "tan30" -> {
                value = "\\frac{1}{\\sqrt{3}}";
                exact = "1/√3";
            }
            case "tan60" -> {
                value = "\\sqrt{3}";
                exact = "√3";
            }
            case "tan90" -> {
                value = "\\infty";
                exact = "undefined (it grows without bound, ∞)";
            }
            default -> {
                return Optional.empty();
            }
        }
        String name = switch (function) {
            case "sin" -> "sine";
            case "cos" -> "cosine";
            default -> "tangent";
        };
        return Explanation.start("We need the " + name + " of " + angle + "°, one of the standard angles whose "
                        + "trigonometric values are known exactly.")
                .step(standardReminder(function))
                .step(function + "(" + angle + "°) = " + exact + ".")
                .answer(value, confidence);
    }

    private static String standardReminder(String function) {
        return switch (function) {
            case "sin" -> "sin 0° = 0, sin 30° = 1/2, sin 45° = 1/√2, sin 60° = √3/2, sin 90° = 1.";
            case "cos" -> "cos 0° = 1, cos 30° = √3/2, cos 45° = 1/√2, cos 60° = 1/2, cos 90° = 0.";
            default -> "tan θ = sin θ / cos θ: tan 0° = 0, tan 30° = 1/√3, tan 45° = 1, tan 60° = √3, "
                    + "tan 90° is undefined (∞).";
        };
    }
}
