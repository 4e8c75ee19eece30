package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "The supplementary angle of a =" (180 - a) or "The complementary angle of a =" (90 - a). */
public final class ComplementaryAndSupplementaryAngleSolver extends RecognisingSolver {

    public ComplementaryAndSupplementaryAngleSolver() {
        super("geometry", "complementary_and_supplementary_angle");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        // A reworded topic line names both kinds together; only the remaining mention decides.
        String text = q.lower().replaceAll("complementary\\s*(?:and|&|or|/)\\s*supplementary(?: angles?)?", " ")
                .replaceAll("supplementary\\s*(?:and|&|or|/)\\s*complementary(?: angles?)?", " ");
        // "two's complement" (binary numbers) is not an angle; neither is any text that never says angle.
        if (text.matches("(?s).*(two'?s|1'?s|ones'?|2'?s)[\\s-]*complement.*") || !text.contains("angle")) {
            return Optional.empty();
        }
        boolean supplementary = text.contains("supplement");
        boolean complementary = text.contains("complement");
        if (supplementary == complementary) {
            return Optional.empty();
        }
        Optional<long[]> n = Extract.wholeNumbers(Extract.numbers(text));
        if (n.isEmpty() || n.get().length != 1) {
            return Optional.empty();
        }
        long angle = n.get()[0];
        long total = supplementary ? 180 : 90;
        long result = total - angle;
        String kind = supplementary ? "supplementary" : "complementary";
        return Explanation.start("Two angles are " + kind + " when they add up to " + total + "°. We need the "
                        + kind + " angle of " + angle + "°.")
                .step(kind.substring(0, 1).toUpperCase() + kind.substring(1) + " angle = " + total + " - " + angle
                        + " = " + result + "°.")
                .answer(Long.toString(result), confidence);
    }
}
