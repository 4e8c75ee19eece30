package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "angle between the vectors [..] and [..] is:": arccos of the dot product over the product of the norms,
 * rounded to 2 decimals, answered as {@code "0.52 radians"}.
 */
public final class AngleBtwVectorsSolver extends RecognisingSolver {

    private static final Pattern LIST = Pattern.compile("\\[([^\\[\\]]*)\\]");

    public AngleBtwVectorsSolver() {
        super("geometry", "angle_btw_vectors");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("angle") || !q.has("vector")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(LIST, q.body());
        List<double[]> vectors = new ArrayList<>();
        while (m.find()) {
            List<String> parts = Extract.numbers(m.group(1));
            double[] v = new double[parts.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = Double.parseDouble(parts.get(i));
            }
            vectors.add(v);
        }
        if (vectors.size() != 2 || vectors.get(0).length != vectors.get(1).length || vectors.get(0).length < 2) {
            return Optional.empty();
        }
        double[] a = vectors.get(0);
        double[] b = vectors.get(1);
        double dot = 0;
        double[] sa = new double[a.length];
        double[] sb = new double[b.length];
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            sa[i] = a[i] * a[i];
            sb[i] = b[i] * b[i];
        }
        // Python's builtin sum() is compensated from 3.12 on; answer only when both summations agree.
        double mags = Math.sqrt(PythonFloat.naiveSum(sa)) * Math.sqrt(PythonFloat.naiveSum(sb));
        double magsCompensated = Math.sqrt(PythonFloat.compensatedSum(sa))
                * Math.sqrt(PythonFloat.compensatedSum(sb));
        double angle = Math.acos(dot / mags);
        String value = PythonFloat.roundRepr(angle, 2);
        if (Double.isNaN(angle) || !value.equals(PythonFloat.roundRepr(Math.acos(dot / magsCompensated), 2))) {
            return Optional.empty();
        }
        return Explanation.start("The angle θ between vectors u and v satisfies cos θ = (u · v) / (|u| |v|); both "
                        + "vectors have " + a.length + " components.")
                .step("Dot product u · v = Σ uᵢvᵢ ≈ " + PythonFloat.repr(dot) + ".")
                .step("|u| ≈ " + PythonFloat.repr(Math.sqrt(PythonFloat.naiveSum(sa))) + ", |v| ≈ "
                        + PythonFloat.repr(Math.sqrt(PythonFloat.naiveSum(sb))) + ", so |u||v| ≈ "
                        + PythonFloat.repr(mags) + ".")
                .step("cos θ ≈ " + PythonFloat.repr(dot / mags) + ", θ = arccos(" + PythonFloat.repr(dot / mags)
                        + ") ≈ " + PythonFloat.repr(angle) + " radians.")
                .step("Rounded to two decimals: " + value + " radians.")
                .answer(value + " radians", confidence);
    }
}
