package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.misc.Explanation;
import io.logicminer.solver.math.misc.PythonNumbers;
import io.logicminer.solver.math.misc.QuestionText;
import io.logicminer.solver.math.misc.RecognisingSolver;

import java.util.List;
import java.util.Optional;

/** "Area of circle with radius r=": πr² rounded to 2 decimals. */
public final class AreaOfCircleSolver extends RecognisingSolver {

    public AreaOfCircleSolver() {
        super("geometry", "area_of_circle");
    }

    @Override
    protected Optional<WorkedAnswer> solve(QuestionText q, double confidence) {
        if (!q.has("area") || !q.has("circle") || q.has("center", "centre", "passing", "through", "sector", "point")) {
            return Optional.empty();
        }
        Optional<long[]> r = QuestionText.integers(q.numbers());
        if (r.isEmpty() || r.get().length != 1 || r.get()[0] < 0) {
            return Optional.empty();
        }
        long radius = r.get()[0];
        double area = Math.PI * radius * radius;
        String answer = PythonNumbers.roundRepr(area, 2);
        return Explanation.start("The area of a circle is A = πr², with radius r = " + radius + ".")
                .step("r² = " + (radius * radius) + ".")
                .step("A = π × " + (radius * radius) + " ≈ " + PythonNumbers.repr(area) + ".")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
