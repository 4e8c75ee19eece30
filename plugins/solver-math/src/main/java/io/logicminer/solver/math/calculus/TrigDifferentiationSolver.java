package io.logicminer.solver.math.calculus;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derivatives of the six trigonometric functions in mathgenerator's notation. Quirk kept: {@code \sec^{{2}}} and
 * {@code -\csc^{{2}}} keep their doubled braces.
 */
public final class TrigDifferentiationSolver extends RecognisingSolver {

    public TrigDifferentiationSolver() {
        super("calculus", "trig_differentiation");
    }

    private static final Pattern FUNCTION = Pattern.compile("\\\\?(sin|cos|tan|cot|sec|csc|cosec)(?![a-z])");



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        boolean dx = Extract.compact(problem.text()).contains("\\frac{d}{dx}") || Extract.mentions(lower, "d/dx");
        if (!dx && !Extract.mentions(lower, "differentiat", "derivative")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(FUNCTION, lower);
        if (!m.find()) {
            return Optional.empty();
        }
        String f = m.group(1).equals("cosec") ? "csc" : m.group(1);
        while (m.find()) {
            String other = m.group(1).equals("cosec") ? "csc" : m.group(1);
            if (!other.equals(f)) {
                return Optional.empty();
            }
        }
        String answer = switch (f) {
            case "sin" -> "\\cos";
            case "cos" -> "-\\sin";
            case "tan" -> "\\sec^{{2}}";
            case "cot" -> "-\\csc^{{2}}";
            case "sec" -> "\\sec \\cdot \\tan";
            default -> "-\\csc \\cdot \\cot";
        };
        String words = switch (f) {
            case "sin" -> "the derivative of sin x is cos x";
            case "cos" -> "the derivative of cos x is -sin x";
            case "tan" -> "the derivative of tan x is sec² x";
            case "cot" -> "the derivative of cot x is -csc² x";
            case "sec" -> "the derivative of sec x is sec x · tan x";
            default -> "the derivative of csc x is -csc x · cot x";
        };
        Explanation steps = Explanation.start("We need the derivative of the trigonometric function " + f + "(x).")
                .step("From the standard table of derivatives, " + words + ".");
        return steps.answer(answer, dx ? 0.9 : 0.8);
    }
}
