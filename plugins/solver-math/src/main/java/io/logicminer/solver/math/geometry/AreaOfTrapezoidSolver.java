package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "Area of trapezoid with height h and base lengths: a, b, =": (a + b)h/2 as a float. */
public final class AreaOfTrapezoidSolver extends RecognisingSolver {

    public AreaOfTrapezoidSolver() {
        super("geometry", "area_of_trapezoid");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("trapez", "trapiz")) {
            return Optional.empty();
        }
        List<String> numbers = q.numbers();
        Optional<String> height = q.numberAfter("height");
        if (height.isEmpty()) {
            height = q.numberBefore("(?:m|cm|units?)?\\s*(?:high|height|tall)");
        }
        Optional<long[]> all = Extract.wholeNumbers(numbers);
        if (all.isEmpty() || all.get().length != 3 || height.isEmpty()) {
            return Optional.empty();
        }
        long h = Long.parseLong(height.get());
        int hi = numbers.indexOf(height.get());
        long[] bases = new long[2];
        int k = 0;
        for (int i = 0; i < 3; i++) {
            if (i != hi) {
                bases[k++] = all.get()[i];
            }
        }
        long a = bases[0];
        long b = bases[1];
        double area = (a + b) * h / 2.0;
        String answer = PythonFloat.roundRepr(area, 2);
        return Explanation.start("The area of a trapezoid is the average of the two parallel bases times the height: "
                        + "A = (a + b) × h / 2, with bases " + a + " and " + b + " and height " + h + ".")
                .step("a + b = " + (a + b) + ".")
                .step("A = " + (a + b) + " × " + h + " / 2 = " + answer + ".")
                .answer(answer, confidence);
    }
}
