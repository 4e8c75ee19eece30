package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "Angle a degrees in radians is:": πa/180 rounded to 2 decimals. */
public final class DegreeToRadSolver extends RecognisingSolver {

    public DegreeToRadSolver() {
        super("geometry", "degree_to_rad");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("radian") || q.has("arc", "sector", "vector") || q.matches("\\b(sin|cos|tan)\\b")) {
            return Optional.empty();
        }
        List<String> numbers = q.numbers();
        Optional<String> degrees = q.numberBefore("degrees?|deg\\b|°");
        if (numbers.size() != 1 || degrees.isEmpty() || q.numberBefore("radians?|rad\\b").isPresent()) {
            return Optional.empty();
        }
        Optional<Long> a = Extract.wholeNumber(degrees.get());
        if (a.isEmpty()) {
            return Optional.empty();
        }
        long deg = a.get();
        double rad = (Math.PI * deg) / 180;
        String answer = PythonFloat.roundRepr(rad, 2);
        return Explanation.start("To convert degrees to radians multiply by π/180, since 180° = π radians.")
                .step(deg + " × π / 180 ≈ " + PythonFloat.repr(rad) + ".")
                .step("Rounded to two decimals: " + answer + " radians.")
                .answer(answer, confidence);
    }
}
