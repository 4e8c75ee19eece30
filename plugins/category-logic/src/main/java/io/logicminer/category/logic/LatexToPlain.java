package io.logicminer.category.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the LaTeX found in answers into plain, parseable text: {@code \frac{7}{30}} becomes {@code 7/30},
 * {@code x^{9}} becomes {@code x^9}, {@code \sqrt[3]{711}} becomes {@code (711)^(1/3)}, {@code \cdot} and
 * {@code \times} become {@code *}, matrices become {@code [[a, b], [c, d]]}, {@code \text{...}}, {@code \boxed{...}},
 * {@code \left}/{@code \right} and {@code $} disappear. Bare braces that are not arguments stay as set braces.
 */
final class LatexToPlain {

    private static final char ROW_BREAK = '\u0001';
    private static final char CELL_BREAK = '\u0002';

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("cdot", "*"), Map.entry("times", "*"), Map.entry("ast", "*"), Map.entry("div", "/"),
            Map.entry("pm", "±"), Map.entry("mp", "∓"), Map.entry("infty", "∞"), Map.entry("pi", "π"),
            Map.entry("circ", "°"), Map.entry("degree", "°"), Map.entry("le", "≤"), Map.entry("leq", "≤"),
            Map.entry("leqslant", "≤"), Map.entry("ge", "≥"), Map.entry("geq", "≥"), Map.entry("geqslant", "≥"),
            Map.entry("ne", "≠"), Map.entry("neq", "≠"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("approx", "≈"), Map.entry("to", "→"), Map.entry("rightarrow", "→"),
            Map.entry("implies", "⇒"), Map.entry("Rightarrow", "⇒"), Map.entry("quad", " "), Map.entry("qquad", " "),
            Map.entry("sqrt", "sqrt"), Map.entry("emptyset", "{}"), Map.entry("varnothing", "{}"),
            Map.entry("in", "∈"), Map.entry("cup", "∪"), Map.entry("cap", "∩"), Map.entry("setminus", "\\"),
            Map.entry("percent", "%"), Map.entry("dots", "..."), Map.entry("ldots", "..."),
            Map.entry("cdots", "..."));

    private static final java.util.Set<String> UNWRAP = java.util.Set.of("text", "textrm", "textbf", "textit",
            "textnormal", "mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathbb", "mathcal", "operatorname",
            "mbox", "hbox", "boxed", "fbox", "bm", "boldsymbol", "emph", "underline", "overline", "displaylines");

    private static final java.util.Set<String> DROP = java.util.Set.of("left", "right", "big", "Big", "bigg", "Bigg",
            "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "middle", "displaystyle", "textstyle", "limits",
            "nolimits", "!", ",", ";", ":", " ");

    private static final Pattern SIMPLE_EXPONENT = Pattern.compile("\\^\\((-?[0-9]+|[A-Za-z])\\)");
    private static final Pattern DEGREE_EXPONENT = Pattern.compile("\\^\\(?°\\)?");

    /**
     * Deepest nesting of groups and command arguments that is converted; below it the rest of the text is kept as
     * it is. Real answers nest a few levels; hostile text nested thousands deep would otherwise overflow the stack.
     */
    static final int MAX_NESTING = 64;

    private final String text;
    private int pos;
    private int nesting;

    private LatexToPlain(String text) {
        this.text = text;
    }

    /** The plain form of {@code latex}; never throws (unbalanced input is converted as far as it goes). */
    static String convert(String latex) {
        String plain = new LatexToPlain(latex).group((char) 0);
        plain = plain.replace(ROW_BREAK, ' ').replace(CELL_BREAK, ' ');
        plain = DEGREE_EXPONENT.matcher(plain).replaceAll("°");
        plain = SIMPLE_EXPONENT.matcher(plain).replaceAll("^$1");
        return plain.replaceAll("\\s+", " ").strip();
    }

    /** Converts until the closing character (or the end); consumes the closer. */
    private String group(char closer) {
        if (nesting >= MAX_NESTING) {
            return rest();
        }
        nesting++;
        try {
            return groupWithin(closer);
        } finally {
            nesting--;
        }
    }

    /** The unconverted rest of the text, consumed. */
    private String rest() {
        String rest = text.substring(pos);
        pos = text.length();
        return rest;
    }

    private String groupWithin(char closer) {
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (closer != 0 && c == closer) {
                pos++;
                return out.toString();
            }
            pos++;
            switch (c) {
                case '$' -> { }
                case '\\' -> command(out);
                case '{' -> {
                    String inner = group('}');
                    if (endsWithScriptMarker(out)) {
                        out.append('(').append(unwrapBraces(inner)).append(')');
                    } else {
                        out.append('{').append(inner).append('}');
                    }
                }
                case '&' -> out.append(CELL_BREAK);
                case '\n', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean endsWithScriptMarker(StringBuilder out) {
        int i = out.length() - 1;
        while (i >= 0 && out.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (out.charAt(i) == '^' || out.charAt(i) == '_');
    }

    /** {@code {2}} inside an argument (mathgenerator writes {@code \sec^{{2}}}) means 2. */
    private static String unwrapBraces(String inner) {
        String s = inner.strip();
        while (s.length() >= 2 && s.charAt(0) == '{' && s.charAt(s.length() - 1) == '}'
                && balanced(s.substring(1, s.length() - 1))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** One argument: a brace group, a command, or a single character. */
    private String argument() {
        if (nesting >= MAX_NESTING) {
            return rest();
        }
        nesting++;
        try {
            return argumentWithin();
        } finally {
            nesting--;
        }
    }

    private String argumentWithin() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
        if (pos >= text.length()) {
            return "";
        }
        char c = text.charAt(pos++);
        if (c == '{') {
            return unwrapBraces(group('}'));
        }
        if (c == '\\') {
            StringBuilder out = new StringBuilder();
            command(out);
            return out.toString().strip();
        }
        return String.valueOf(c);
    }

    private String commandName() {
        int start = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        if (pos == start && pos < text.length()) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void command(StringBuilder out) {
        if (pos >= text.length()) {
            return;
        }
        String name = commandName();
        switch (name) {
            case "\\" -> out.append(ROW_BREAK);
            case "{" -> out.append('{');
            case "}" -> out.append('}');
            case "%", "$", "&", "#", "_" -> out.append(name);
            case "frac", "dfrac", "tfrac", "cfrac" -> {
                String numerator = argument();
                String denominator = argument();
                out.append(fraction(numerator, denominator));
            }
            case "sqrt" -> {
                String index = null;
                if (pos < text.length() && text.charAt(pos) == '[') {
                    pos++;
                    index = group(']');
                }
                String radicand = argument();
                if (index == null || index.strip().equals("2")) {
                    out.append("sqrt(").append(radicand).append(')');
                } else {
                    out.append('(').append(radicand).append(")^(1/").append(index.strip()).append(')');
                }
            }
            case "begin" -> environment(out);
            case "end" -> argument();
            case "left", "right", "bigl", "bigr", "Bigl", "Bigr", "big", "Big", "bigg", "Bigg", "middle" -> {
                if (pos < text.length() && text.charAt(pos) == '.') {
                    pos++;
                }
            }
            default -> {
                if (UNWRAP.contains(name)) {
                    out.append(argument());
                } else if (DROP.contains(name)) {
                    out.append(name.isBlank() || name.length() == 1 ? " " : "");
                } else if (SYMBOLS.containsKey(name)) {
                    String symbol = SYMBOLS.get(name);
                    boolean word = Character.isLetter(symbol.charAt(0));
                    out.append(symbol);
                    if (word) {
                        out.append(' ');
                    }
                } else {
                    // sin, cos, log, theta, det ...: the name itself, as a word
                    out.append(name);
                    if (!name.isEmpty() && Character.isLetter(name.charAt(0))) {
                        out.append(' ');
                    }
                }
            }
        }
    }

    private static String fraction(String numerator, String denominator) {
        return wrap(numerator) + "/" + wrap(denominator);
    }

    private static String wrap(String part) {
        String s = part.strip();
        if (s.matches("-?[0-9.]+|[A-Za-z]")) {
            return s;
        }
        return "(" + s + ")";
    }

    private void environment(StringBuilder out) {
        String env = argument();
        if (env.equals("array") || env.equals("tabular")) {
            argument(); // column specification
        }
        String body = group((char) 0, "\\end{" + env + "}");
        boolean matrix = env.endsWith("matrix") || env.equals("array") || env.equals("smallmatrix");
        List<String> rows = new ArrayList<>();
        for (String row : body.split(String.valueOf(ROW_BREAK))) {
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        if (matrix && !env.startsWith("v")) {
            StringBuilder m = new StringBuilder("[");
            for (int r = 0; r < rows.size(); r++) {
                if (r > 0) {
                    m.append(", ");
                }
                m.append('[');
                String[] cells = rows.get(r).split(String.valueOf(CELL_BREAK), -1);
                for (int c = 0; c < cells.length; c++) {
                    if (c > 0) {
                        m.append(", ");
                    }
                    m.append(cells[c].strip());
                }
                m.append(']');
            }
            out.append(m).append(']');
        } else {
            // aligned, cases, gathered: one item per line, alignment marks dropped
            List<String> items = new ArrayList<>();
            for (String row : rows) {
                items.add(row.replace(String.valueOf(CELL_BREAK), "").strip());
            }
            out.append(String.join(", ", items));
        }
    }

    /** Converts until {@code terminator} (consumed) or the end. */
    private String group(char ignored, String terminator) {
        int end = text.indexOf(terminator, pos);
        String inner = end < 0 ? text.substring(pos) : text.substring(pos, end);
        pos = end < 0 ? text.length() : end + terminator.length();
        LatexToPlain nested = new LatexToPlain(inner);
        return nested.group((char) 0);
    }
}
