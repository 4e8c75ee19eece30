package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "Area of triangle with side lengths: a, b, c": Heron's formula, rounded to 2 decimals. */
public final class AreaOfTriangleSolver extends RecognisingSolver {

    public AreaOfTriangleSolver() {
        super("geometry", "area_of_triangle");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("triangle") || !q.has("area") || q.has("hypotenuse", "right triangle")
                || q.matches("\\bangles?\\b")) {
            return Optional.empty();
        }
        Optional<long[]> sides = Extract.wholeNumbers(q.numbers());
        if (sides.isEmpty() || sides.get().length != 3) {
            return Optional.empty();
        }
        long a = sides.get()[0];
        long b = sides.get()[1];
        long c = sides.get()[2];
        if (a <= 0 || b <= 0 || c <= 0 || a + b <= c || b + c <= a || a + c <= b) {
            return Optional.empty();
        }
        double s = (a + b + c) / 2.0;
        double product = s * (s - a) * (s - b) * (s - c);
        double area = Math.sqrt(product);
        String answer = PythonFloat.roundRepr(area, 2);
        return Explanation.start("We need the area of a triangle whose three sides are " + a + ", " + b + " and " + c
                        + ". With only the sides known, Heron's formula is the natural tool.")
                .step("Semi-perimeter: s = (a + b + c) / 2 = (" + a + " + " + b + " + " + c + ") / 2 = "
                        + PythonFloat.repr(s) + ".")
                .step("Heron's formula: Area = sqrt(s(s - a)(s - b)(s - c)) = sqrt(" + PythonFloat.repr(s) + " × "
                        + PythonFloat.repr(s - a) + " × " + PythonFloat.repr(s - b) + " × "
                        + PythonFloat.repr(s - c) + ") = sqrt(" + PythonFloat.repr(product) + ").")
                .step("Area ≈ " + PythonFloat.repr(area) + ", which rounded to two decimal places is " + answer + ".")
                .answer(answer, confidence);
    }
}
