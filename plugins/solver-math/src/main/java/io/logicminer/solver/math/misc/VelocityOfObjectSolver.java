package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import io.logicminer.python.PythonFloat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "An object travels at uniform velocity a distance of d m in t seconds...": d/t rounded, as "12.71 m/s". */
public final class VelocityOfObjectSolver extends RecognisingSolver {

    public VelocityOfObjectSolver() {
        super("misc", "velocity_of_object");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("velocity", "speed")) {
            return Optional.empty();
        }
        Optional<long[]> v = q.named("distance|\\btravels?|\\bcovers?", "\\bin\\b|seconds?|\\bsecs?\\b|\\btime")
                .flatMap(Extract::wholeNumbers);
        if (v.isEmpty() || v.get()[1] <= 0) {
            return Optional.empty();
        }
        long d = v.get()[0];
        long t = v.get()[1];
        double speed = (double) d / t;
        String answer = PythonFloat.roundRepr(speed, 2) + " m/s";
        return Explanation.start("For uniform motion, velocity = distance / time; the object covers " + d + " m in "
                        + t + " s.")
                .step("v = " + d + " / " + t + " ≈ " + PythonFloat.repr(speed) + " m/s.")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
