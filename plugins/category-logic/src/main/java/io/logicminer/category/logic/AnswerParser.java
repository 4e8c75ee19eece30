package io.logicminer.category.logic;

import io.logicminer.category.logic.AnswerValue.Alternatives;
import io.logicminer.category.logic.AnswerValue.Assignment;
import io.logicminer.category.logic.AnswerValue.Complex;
import io.logicminer.category.logic.AnswerValue.Equation;
import io.logicminer.category.logic.AnswerValue.Expression;
import io.logicminer.category.logic.AnswerValue.Items;
import io.logicminer.category.logic.AnswerValue.Matrix;
import io.logicminer.category.logic.AnswerValue.Quantity;
import io.logicminer.category.logic.AnswerValue.Text;
import io.logicminer.category.logic.AnswerValue.Truth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a normalised answer ({@link AnswerNormalizer}) into an {@link AnswerValue}: truth values, numbers with units
 * and percentages, complex numbers, expressions, equations, assignments, lists, sets, matrices, and prose with the
 * values embedded in it. Never throws: what it cannot read as mathematics becomes {@link Text}.
 */
final class AnswerParser {

    private static final int MAX_DEPTH = 16;
    private static final Pattern TRUTH = Pattern.compile(
            "(?i)(yes|no|true|false|correct|incorrect)(?:\\s*[,.;:!]\\s*.*)?");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z](?:_\\(?[A-Za-z0-9]+\\)?)?");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[A-Za-z}\\])])\\.\\s+(?=[A-Za-z])");
    private static final Pattern PROSE_LABEL = Pattern.compile(
            "(?i)^(.*[a-z].*?)(?:\\s+(?:is|are|was|equals|equal to|be)\\s+|\\s*[:=≈]\\s*)([^:=≈]+)$");
    private static final Pattern WORD_OR_VALUE = Pattern.compile(
            "\\{[^{}]*}|\\[[^\\[\\]]*]|set\\(\\)|[A-Za-z0-9']*[A-Za-z][A-Za-z0-9']*|[<>≤≥≠=]"
                    + "|-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?%?");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "isn't", "never", "neither", "nor", "cannot",
            "can't", "doesn't", "don't", "none", "non", "aren't", "wasn't");
    private static final Set<String> FILLER = Set.of("the", "a", "an", "is", "are", "was", "of", "to", "equals",
            "equal", "be", "will", "value", "answer", "final", "so", "thus", "therefore", "it", "this", "that", "its",
            "approximately", "about", "roughly", "exactly", "we", "get", "have", "which", "gives", "result");

    private final int minimumDecimals;

    AnswerParser(int minimumDecimals) {
        this.minimumDecimals = minimumDecimals;
    }

    AnswerValue parse(String normalized) {
        return parse(normalized, 0);
    }

    private AnswerValue parse(String input, int depth) {
        String s = stripRedundantParentheses(input.strip());
        if (s.isEmpty() || depth > MAX_DEPTH) {
            return text(s);
        }
        Matcher truth = TRUTH.matcher(s);
        if (truth.matches()) {
            String word = truth.group(1).toLowerCase(Locale.ROOT);
            return new Truth(word.equals("yes") || word.equals("true") || word.equals("correct"));
        }
        if (s.equals("set()") || s.equals("{}") || s.equals("∅")) {
            return new Items(List.of(), true);
        }
        if (THOUSANDS.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (hasProse(s)) {
            s = SENTENCE_BREAK.matcher(s).replaceAll(", ");
        }
        List<String> parts = splitTopLevel(s, ",;");
        if (parts.size() >= 2) {
            List<AnswerValue> items = new ArrayList<>();
            for (String part : parts) {
                if (!part.isBlank()) {
                    items.add(parse(part, depth + 1));
                }
            }
            return items.size() == 1 ? items.get(0) : new Items(items, false);
        }
        List<String> sides = splitTopLevel(s, "=≈");
        if (sides.size() >= 2) {
            return equation(s, sides, depth);
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        if (first == '[' && last == ']' && closes(s, 0) == s.length() - 1) {
            return bracketed(s.substring(1, s.length() - 1), depth);
        }
        if (first == '{' && last == '}' && closes(s, 0) == s.length() - 1) {
            return new Items(parseAll(splitTopLevel(s.substring(1, s.length() - 1), ",;"), depth), true);
        }
        if (first == '(' && last == ')' && closes(s, 0) == s.length() - 1) {
            List<String> inner = splitTopLevel(s.substring(1, s.length() - 1), ",;");
            if (inner.size() >= 2) {
                return new Items(parseAll(inner, depth), false);
            }
        }
        AnswerValue math = mathematics(s);
        if (math != null) {
            return math;
        }
        return text(s);
    }

    private List<AnswerValue> parseAll(List<String> parts, int depth) {
        List<AnswerValue> values = new ArrayList<>();
        for (String part : parts) {
            if (!part.isBlank()) {
                values.add(parse(part, depth + 1));
            }
        }
        return values;
    }

    private AnswerValue bracketed(String inner, int depth) {
        List<String> parts = splitTopLevel(inner, ",;");
        boolean allRows = !parts.isEmpty();
        for (String part : parts) {
            String p = part.strip();
            allRows &= p.startsWith("[") && p.endsWith("]") && closes(p, 0) == p.length() - 1;
        }
        if (allRows) {
            List<List<AnswerValue>> rows = new ArrayList<>();
            for (String part : parts) {
                String p = part.strip();
                rows.add(parseAll(splitTopLevel(p.substring(1, p.length() - 1), ",;"), depth));
            }
            return new Matrix(rows);
        }
        return new Items(parseAll(parts, depth), false);
    }

    private AnswerValue equation(String whole, List<String> sides, int depth) {
        if (sides.size() == 2 && VARIABLE_NAME.matcher(sides.get(0).strip()).matches()) {
            AnswerValue right = parse(sides.get(1), depth + 1);
            if (isConstant(right)) {
                return new Assignment(sides.get(0).strip(), right);
            }
        }
        if (sides.size() == 2) {
            try {
                Polynomial left = ExpressionParser.parse(sides.get(0), minimumDecimals);
                Polynomial right = ExpressionParser.parse(sides.get(1), minimumDecimals);
                if (!left.isConstant() || !right.isConstant()) {
                    return new Equation(left.subtract(right).monic());
                }
            } catch (IllegalArgumentException notAnEquation) {
                // fall through: prose or a chain of values
            }
        }
        List<AnswerValue> values = parseAll(sides, depth);
        if (values.size() != sides.size()) {
            return text(whole); // an empty side: "= 5", "x ="
        }
        AnswerValue left = values.get(0);
        AnswerValue right = values.get(values.size() - 1);
        if (left instanceof Text label && sides.size() == 2) {
            if (label.values().isEmpty() && !label.negated() && !(right instanceof Text)) {
                return new Alternatives(List.of(text(whole), right));
            }
            return text(whole);
        }
        if (values.stream().anyMatch(AnswerParser::isConstant)) {
            // a chain such as "24^4 = 331776": each readable side stands for the answer; a side that is only text
            // (a half-written formula) does not, or two answers sharing it would match whatever else they say
            List<AnswerValue> options = new ArrayList<>();
            for (AnswerValue value : values) {
                if (!(value instanceof Text)) {
                    options.add(value);
                }
            }
            options.add(text(whole));
            return new Alternatives(options);
        }
        return text(whole);
    }

    private static boolean isConstant(AnswerValue value) {
        return switch (value) {
            case Quantity q -> true;
            case Complex c -> true;
            case Items i -> i.items().stream().allMatch(AnswerParser::isConstant);
            case Matrix m -> true;
            case Truth t -> true;
            default -> false;
        };
    }

    /** A number (with unit or percent), a complex number or an expression; null when the text is not one. */
    private AnswerValue mathematics(String s) {
        String core = s;
        String unit = "";
        boolean percent = false;
        Units.Split split = Units.split(s);
        if (split != null) {
            core = split.quantity();
            unit = split.unit();
        }
        if (core.endsWith("%")) {
            core = core.substring(0, core.length() - 1).strip();
            percent = true;
        }
        if (core.startsWith("$")) {
            core = core.substring(1);
        }
        try {
            Polynomial p = ExpressionParser.parse(core, minimumDecimals);
            if (p.isConstant()) {
                return new Quantity(p.constantValue(), unit, percent);
            }
            Set<String> vars = p.variables();
            if (unit.isEmpty() && !percent && vars.size() == 1 && (vars.contains("i") || vars.contains("j"))
                    && p.degreeIn(vars.iterator().next()) == 1) {
                return new Complex(p.constantValue(), p.coefficient(vars.iterator().next()));
            }
            if (unit.isEmpty() && !percent) {
                return new Expression(p);
            }
        } catch (IllegalArgumentException | ArithmeticException notMath) {
            // not an expression
        }
        if (split != null || percent) {
            try {
                Polynomial p = ExpressionParser.parse(s, minimumDecimals);
                return p.isConstant() ? new Quantity(p.constantValue(), "", false) : new Expression(p);
            } catch (IllegalArgumentException | ArithmeticException notMath) {
                return null;
            }
        }
        return null;
    }

    private static boolean hasProse(String s) {
        return Pattern.compile("[A-Za-z]{3,}").matcher(s).find();
    }

    /** Prose: its words and embedded values; a sentence ending in "is VALUE" also stands for VALUE alone. */
    private AnswerValue text(String s) {
        List<String> words = new ArrayList<>();
        List<AnswerValue> values = new ArrayList<>();
        boolean negated = false;
        Matcher m = WORD_OR_VALUE.matcher(s);
        while (m.find()) {
            String token = m.group();
            char c = token.charAt(0);
            if ("<>≤≥≠=".indexOf(c) >= 0) {
                words.add(token);
                continue;
            }
            if (token.chars().anyMatch(Character::isLetter) && c != '{' && c != '[') {
                if (token.equals("set") && s.startsWith("()", m.end())) {
                    values.add(new Items(List.of(), true));
                    continue;
                }
                String word = token.toLowerCase(Locale.ROOT).replaceAll("^'+|'+$", "");
                if (word.isEmpty()) {
                    continue;
                }
                negated |= NEGATIONS.contains(word) || word.endsWith("n't");
                if (!FILLER.contains(word)) {
                    words.add(word);
                }
            } else if (token.equals("set()")) {
                values.add(new Items(List.of(), true));
            } else {
                AnswerValue value = c == '{' || c == '[' ? parse(token, MAX_DEPTH - 2) : mathematics(token);
                values.add(value == null ? new Text(token, List.of(token), List.of(), false) : value);
            }
        }
        String canonical = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        Text text = new Text(canonical, List.copyOf(words), List.copyOf(values), negated);
        Matcher label = PROSE_LABEL.matcher(s);
        if (!negated && label.matches()) {
            String head = label.group(1);
            Matcher valuesInHead = WORD_OR_VALUE.matcher(head);
            boolean headHasValues = false;
            while (valuesInHead.find()) {
                headHasValues |= valuesInHead.group().chars().noneMatch(Character::isLetter);
            }
            if (!headHasValues) {
                AnswerValue tail = parse(label.group(2), MAX_DEPTH - 1);
                if (!(tail instanceof Text)) {
                    return new Alternatives(List.of(text, tail));
                }
            }
        }
        return text;
    }

    /** Removes parentheses that wrap the whole text around a single item: {@code ((a, b))} → {@code (a, b)}. */
    private static String stripRedundantParentheses(String s) {
        String t = s;
        while (t.length() >= 2 && t.charAt(0) == '(' && closes(t, 0) == t.length() - 1) {
            String inner = t.substring(1, t.length() - 1).strip();
            boolean innerWrapped = inner.length() >= 2 && inner.charAt(0) == '('
                    && closes(inner, 0) == inner.length() - 1;
            if (innerWrapped || splitTopLevel(inner, ",;").size() < 2) {
                t = inner;
            } else {
                break;
            }
        }
        return t;
    }

    /** Index of the bracket closing the one at {@code open}, or -1. */
    static int closes(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Splits on any of {@code separators} outside brackets; unbalanced text is split only at depth zero. */
    static List<String> splitTopLevel(String s, String separators) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && separators.indexOf(c) >= 0) {
                parts.add(s.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(s.substring(start).strip());
        return parts;
    }
}
