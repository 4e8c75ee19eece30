package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.python.PythonIntSet;
import io.logicminer.solver.math.engine.WorkedAnswer;

import io.logicminer.solver.math.toolkit.Extract;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Given the two sets a={..}, b={..}. Find the Union, intersection, a-b, b-a, and symmetric difference".
 * mathgenerator prints Python sets, so element order follows CPython's hash table ({@code {8, 2, 4}}) and an
 * empty set prints as {@code set()}. The printed input sets fix their tables only up to insertion order, so
 * every insertion order consistent with the printed order is tried; the solver answers only when they agree.
 */
public final class SetOperationSolver extends RecognisingSolver {

    private static final Pattern SET = Pattern.compile("(?<![a-z])([ab])\\s*(?:=|:)\\s*\\{([^{}]*)\\}");

    public SetOperationSolver() {
        super("misc", "set_operation");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("union") || !q.has("intersection")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(SET, q.lower());
        List<Long> a = null;
        List<Long> b = null;
        while (m.find()) {
            Optional<long[]> values = Extract.wholeNumbers(Extract.numbers(m.group(2)));
            if (values.isEmpty() || values.get().length == 0) {
                return Optional.empty();
            }
            List<Long> list = new ArrayList<>();
            for (long v : values.get()) {
                if (v < 0 || list.contains(v)) {
                    return Optional.empty();
                }
                list.add(v);
            }
            if (m.group(1).equals("a") && a == null) {
                a = list;
            } else if (m.group(1).equals("b") && b == null) {
                b = list;
            } else {
                return Optional.empty();
            }
        }
        if (a == null || b == null) {
            return Optional.empty();
        }
        List<PythonIntSet> aTables = tablesPrinting(a);
        List<PythonIntSet> bTables = tablesPrinting(b);
        Set<String> answers = new HashSet<>();
        PythonIntSet sa = null;
        PythonIntSet sb = null;
        for (PythonIntSet x : aTables) {
            for (PythonIntSet y : bTables) {
                answers.add(answer(x, y));
                sa = x;
                sb = y;
            }
        }
        if (answers.size() != 1) {
            return Optional.empty();
        }
        String answer = answers.iterator().next();
        return Explanation.start("We have A = " + sa.display() + " and B = " + sb.display() + ".")
                .step("Union A ∪ B: every element in A or B: " + sa.union(sb).display() + ".")
                .step("Intersection A ∩ B: elements in both: " + sa.intersection(sb).display() + ".")
                .step("A - B: elements of A not in B: " + sa.difference(sb).display() + "; B - A: elements of B not in A: "
                        + sb.difference(sa).display() + ".")
                .step("Symmetric difference: elements in exactly one of the sets: "
                        + sa.symmetricDifference(sb).display() + ".")
                .answer(answer, confidence);
    }

    private static String answer(PythonIntSet a, PythonIntSet b) {
        return "Union is " + a.union(b).display() + ". Intersection is " + a.intersection(b).display()
                + ", a-b is " + a.difference(b).display() + ", b-a is " + b.difference(a).display()
                + ". Symmetric difference is " + a.symmetricDifference(b).display() + ".";
    }

    /** Every distinct table, built by some insertion order, that prints the elements in the given order. */
    private static List<PythonIntSet> tablesPrinting(List<Long> printed) {
        List<PythonIntSet> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (printed.size() > 7) {
            return out;
        }
        permute(new ArrayList<>(printed), 0, order -> {
            PythonIntSet s = PythonIntSet.of(order);
            if (s.elements().equals(printed) && seen.add(s.layout())) {
                out.add(s);
            }
        });
        return out;
    }

    private static void permute(List<Long> items, int k, java.util.function.Consumer<List<Long>> sink) {
        if (k == items.size()) {
            sink.accept(items);
            return;
        }
        for (int i = k; i < items.size(); i++) {
            java.util.Collections.swap(items, k, i);
            permute(items, k + 1, sink);
            java.util.Collections.swap(items, k, i);
        }
    }
}
