package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "Area of circle with radius r=": πr² rounded to 2 decimals. */
public final class AreaOfCircleSolver extends RecognisingSolver {

    public AreaOfCircleSolver() {
        super("geometry", "area_of_circle");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("area") || !q.has("circle") || q.has("center", "centre", "passing", "through", "sector", "point")) {
            return Optional.empty();
        }
        Optional<long[]> r = Extract.wholeNumbers(q.numbers());
        if (r.isEmpty() || r.get().length != 1 || r.get()[0] < 0) {
            return Optional.empty();
        }
        long radius = r.get()[0];
        double area = Math.PI * radius * radius;
        String answer = PythonFloat.roundRepr(area, 2);
        return Explanation.start("The area of a circle is A = πr², with radius r = " + radius + ".")
                .step("r² = " + (radius * radius) + ".")
                .step("A = π × " + (radius * radius) + " ≈ " + PythonFloat.repr(area) + ".")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
