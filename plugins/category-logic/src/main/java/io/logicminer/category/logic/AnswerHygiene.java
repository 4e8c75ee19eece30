package io.logicminer.category.logic;

import io.logicminer.spi.category.Reply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a Logic reply clear of what LogicNet's current validators (main at 5e26427, {@code rewarder.py}) penalise,
 * whatever a solver produced. On the path where those rules apply (an answer the numeric comparison cannot decide)
 * the validator scores an answer of just {@code ;} 0, an answer holding a word of its private "cheat" list −1, an
 * answer holding a {@code {{ answer }}} template −1, and an answer its LLM trick detector flags −1; an answer of 20
 * words or more goes through an LLM extraction first, which scores 0 when it finds nothing.
 *
 * <p>So the answer that leaves the miner is:
 * <ul>
 *   <li>free of template placeholders ({@code {{ ... }}}, {@code {% ... %}}), HTML/XML tags, markdown emphasis and a
 *       {@code \boxed{}} wrapper;</li>
 *   <li>free of every deny-listed word (case-insensitive substrings, as the validator matches them);</li>
 *   <li>one line of at most {@link #maxWords()} whitespace-separated words (Python's {@code str.split()} count): a
 *       longer answer that marks no final answer (a long list, a multi-part answer) is written without spaces
 *       after commas, around operators and inside brackets when that is enough; otherwise it gives way to its final
 *       answer ({@link FinalAnswerExtractor}, normalised), compacted the same way if need be, and only then to its
 *       last words;</li>
 *   <li>never empty and never filler punctuation alone (a bare {@code ;}, {@code ...}; a lone {@code <} is an
 *       answer): such an answer is replaced by the final answer found in the reasoning, else by
 *       {@link #emptyAnswer()}.</li>
 * </ul>
 * The reasoning is never empty: an empty one becomes the long text the answer was extracted from, else a sentence
 * stating the answer. An answer that already keeps the rules is sent as it is (trimmed).
 *
 * <p>Immutable and thread-safe; linear in the input, which is cut to its last {@link #MAX_SCANNED_CHARS} characters
 * before the final answer is looked for. An answer longer than that is never sent whole: its marked final answer, or
 * the last sentence (last words) of what follows the first cut-off word, or else {@link #emptyAnswer()}.
 */
public final class AnswerHygiene {

    /**
     * LogicNet's own cheat words, the list its validator hard-coded in February 2025 (commit 27c732d) before it moved
     * the list to the private task server ({@code GET /cheats}); plus phrases its trick detector's prompt names as
     * manipulation (a new "ground truth", orders to ignore instructions). The live list is not public: add words to
     * {@code categories.Logic.hygiene.deny_words} as they become known.
     */
    public static final List<String> DEFAULT_DENY_WORDS = List.of("miner_answer", "<example>", "</", "preference>",
            "<preference", "ground truth", "ignore all", "ignore previous", "system override");

    /** The answer sent when no answer can be found anywhere: short, honest, and clear of every penalty. */
    public static final String DEFAULT_EMPTY_ANSWER = "unknown";

    /** The validator extracts (by LLM) any answer of 20 words or more: the longest answer sent untouched is 19. */
    public static final int VALIDATOR_WORD_LIMIT = 19;

    /** Characters of a long text (the end of it) that the final-answer extraction looks at. */
    public static final int MAX_SCANNED_CHARS = 16 * 1024;

    /** Removal passes over placeholders, tags and deny-listed words: enough for nesting a model writes by mistake. */
    static final int MAX_REMOVAL_PASSES = 3;

    /**
     * {@code {{ answer }}} anywhere (any case), {@code {{final_answer|safe}}}, {@code {% ... %}}; not
     * {@code \\sec^{{2}}} (a number), nor doubled LaTeX braces after a closing brace, {@code _}, {@code ^} or a
     * letter (a command's name: {@code \\frac{{a}}{{b}}}). The one-character look-behind is checked only after
     * two opening braces, so a run of braces costs no more than before.
     */
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(?:(?i:\\s*answer\\s*\\}\\})"
            + "|(?<![}_^A-Za-z]\\{\\{)\\s*(?:[A-Za-z_][\\w.|\\s]{0,100})?\\}\\})"
            + "|\\{%[^{}]{0,200}%\\}");
    /** An HTML/XML tag: a name, then only name="value" attributes ({@code a<b, c>d} is no tag). */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][\\w:-]{0,50}(?:\\s+[\\w:-]{1,50}\\s*=\\s*"
            + "(?:\"[^\"<>]{0,200}\"|'[^'<>]{0,200}'|[^\\s\"'<>]{1,200})){0,20}\\s*/?>");
    /** Emphasis pairs only ({@code **42**}): {@code x**2} is Python's power and stays. */
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\p{L}\\p{N}*_])(\\*\\*|__)(?=\\S)(.{1,200}?)(?<=\\S)\\1(?![\\p{L}\\p{N}*_])");
    private static final Pattern BACKTICKS = Pattern.compile("`+");
    /** A header, quote or list marker at the start of a line, in a list (two or more marked lines). */
    private static final Pattern LINE_LEAD = Pattern.compile("(?m)^[ \\t]*+(?:#++|>|[-*+])[ \\t]++");
    /** The same outside a list: a {@code -} or {@code +} before a number is its sign ({@code - 5} stays). */
    private static final Pattern LINE_LEAD_KEEPING_SIGNS = Pattern.compile(
            "(?m)^[ \\t]*+(?:#++|>|\\*|[-+](?![ \\t]++[\\d.]))[ \\t]++");
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^[ \\t]*+[-*+][ \\t]");
    private static final Pattern ANSWER_LEAD = Pattern.compile("(?i)^(?:final\\s+answer|answer)\\s*[:：]\\s*");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[:;,!?\\s]+"); // not '.': .5 is a number
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern SPACE_AROUND_SEPARATOR = Pattern.compile(" ?([,;=+*/^]) ?");
    private static final Pattern SPACE_AFTER_OPENING = Pattern.compile("([\\[({]) ");
    private static final Pattern SPACE_BEFORE_CLOSING = Pattern.compile(" ([\\])}])");
    private static final Pattern WORD_END = Pattern.compile("(?U)\\s");
    private static final Pattern FILLER_ONLY = Pattern.compile("[\\s;,.:!?'\"`~_*#-]*");

    private final List<String> denyWords;
    private final Pattern denyPattern;
    private final int maxWords;
    private final String emptyAnswer;

    /**
     * @param denyWords   words no answer may contain (matched case-insensitively); blank entries are ignored
     * @param maxWords    longest answer in words, 1 to {@value #VALIDATOR_WORD_LIMIT}
     * @param emptyAnswer the answer sent when there is none; must itself keep the rules
     */
    public AnswerHygiene(List<String> denyWords, int maxWords, String emptyAnswer) {
        List<String> words = new ArrayList<>();
        for (String word : Objects.requireNonNull(denyWords, "denyWords")) {
            if (word != null && !word.isBlank()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        this.denyWords = List.copyOf(words);
        this.denyPattern = words.isEmpty() ? null : Pattern.compile(String.join("|", words.stream()
                .map(Pattern::quote).toList()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        if (maxWords < 1 || maxWords > VALIDATOR_WORD_LIMIT) {
            throw new IllegalArgumentException("max_answer_words must be 1 to " + VALIDATOR_WORD_LIMIT + " (the"
                    + " validator sends answers of 20 words or more through an LLM extraction), got " + maxWords);
        }
        this.maxWords = maxWords;
        this.emptyAnswer = Objects.requireNonNull(emptyAnswer, "emptyAnswer").strip();
        Optional<String> problem = violation(this.emptyAnswer);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("empty_answer '" + emptyAnswer + "' breaks the rules it stands in for: "
                    + problem.get());
        }
    }

    /** The defaults: {@link #DEFAULT_DENY_WORDS}, {@value #VALIDATOR_WORD_LIMIT} words, {@value #DEFAULT_EMPTY_ANSWER}. */
    public static AnswerHygiene standard() {
        return new AnswerHygiene(DEFAULT_DENY_WORDS, VALIDATOR_WORD_LIMIT, DEFAULT_EMPTY_ANSWER);
    }

    /** The deny-list, lower-cased. */
    public List<String> denyWords() {
        return denyWords;
    }

    /** Longest answer in words. */
    public int maxWords() {
        return maxWords;
    }

    /** The answer sent when there is none. */
    public String emptyAnswer() {
        return emptyAnswer;
    }

    /** The reply to send for a solver's {@code reasoning} and {@code answer} (either may be empty or null). */
    public Reply clean(String reasoning, String answer) {
        String rawReasoning = reasoning == null ? "" : reasoning;
        String rawAnswer = answer == null ? "" : answer;
        String cleaned = cleanAnswer(rawAnswer, true).or(() -> cleanAnswer(rawReasoning, false)).orElse(emptyAnswer);
        String sentReasoning = rawReasoning;
        if (sentReasoning.isBlank()) {
            sentReasoning = wordCount(rawAnswer, maxWords + 1) > maxWords ? rawAnswer.strip()
                    : "The answer is " + cleaned + ".";
        }
        return new Reply(sentReasoning, cleaned);
    }

    /**
     * What a current validator would penalise in {@code answer} as sent, or empty when nothing: used by tests and
     * tools to check a reply.
     */
    public Optional<String> violation(String answer) {
        if (answer == null || answer.isBlank()) {
            return Optional.of("empty answer");
        }
        if (answer.strip().equals(";")) {
            return Optional.of("an answer of just ';'");
        }
        if (!answerLike(answer)) {
            return Optional.of("punctuation only");
        }
        String lower = answer.toLowerCase(Locale.ROOT);
        if (TEMPLATE.matcher(answer).find()) {
            return Optional.of("a template placeholder");
        }
        for (String word : denyWords) {
            if (lower.contains(word)) {
                return Optional.of("the deny-listed word '" + word + "'");
            }
        }
        if (answer.contains("\n")) {
            return Optional.of("more than one line");
        }
        int words = wordCount(answer, Integer.MAX_VALUE);
        if (words > maxWords) {
            return Optional.of(words + " words (at most " + maxWords + ")");
        }
        return Optional.empty();
    }

    /**
     * The answer to send from {@code text}, or empty when it holds nothing answer-like. A solver's answer that keeps
     * the rules once tidied is sent as it is; a longer one that marks no final answer (a long list, a multi-part
     * answer) is sent whole when writing it without spaces around commas and operators brings it under the limit;
     * otherwise (and always for the reasoning) the final answer of the text is sent, cut to its last words if need be.
     */
    private Optional<String> cleanAnswer(String text, boolean isAnswer) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        boolean cut = text.length() > MAX_SCANNED_CHARS;
        String scanned = cut ? text.substring(text.length() - MAX_SCANNED_CHARS) : text;
        boolean marked = FinalAnswerExtractor.marksAnAnswer(scanned);
        String tidy = "";
        if (isAnswer && !cut) { // an answer longer than the cap is never sent whole, nor its cut-off end
            tidy = tidy(text);
            if (acceptable(tidy)) {
                return Optional.of(tidy);
            }
            if (!marked) {
                String compacted = compact(tidy);
                if (acceptable(compacted)) {
                    return Optional.of(compacted);
                }
            }
        }
        Optional<String> extracted = FinalAnswerExtractor.extract(cut && !marked ? fromFirstBoundary(scanned) : scanned)
                .map(found -> tidy(AnswerNormalizer.normalize(found)))
                .filter(AnswerHygiene::answerLike);
        String candidate = extracted.orElse(isAnswer && !cut && answerLike(tidy) ? tidy : "");
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        if (acceptable(candidate)) {
            return Optional.of(candidate);
        }
        String compacted = compact(candidate);
        if (acceptable(compacted)) {
            return Optional.of(compacted);
        }
        String[] words = candidate.split(" ");
        String tail = String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - maxWords),
                words.length));
        return acceptable(tail) ? Optional.of(tail) : Optional.empty();
    }

    /**
     * The end of a cut text from its first whole word on, so that the fallbacks (last sentence, last words) never
     * take the cut-off tail of one huge word for an answer; empty when the whole window is one word.
     */
    private static String fromFirstBoundary(String window) {
        Matcher boundary = WORD_END.matcher(window);
        return boundary.find() ? window.substring(boundary.end()) : "";
    }

    /** Without spaces after commas, around operators and inside brackets: {@code [1, 2]} → {@code [1,2]}. */
    private static String compact(String text) {
        String s = SPACE_AROUND_SEPARATOR.matcher(text).replaceAll("$1");
        s = SPACE_AFTER_OPENING.matcher(s).replaceAll("$1");
        return SPACE_BEFORE_CLOSING.matcher(s).replaceAll("$1");
    }

    /** Something to send: not blank and not filler punctuation alone ({@code ;}, {@code ...}); {@code <} is. */
    private static boolean answerLike(String text) {
        return !FILLER_ONLY.matcher(text).matches();
    }

    private boolean acceptable(String tidy) {
        return violation(tidy).isEmpty();
    }

    /** Placeholders, tags, markdown, a box and deny-listed words out; one line, single spaces. */
    private String tidy(String text) {
        String s = (isList(text) ? LINE_LEAD : LINE_LEAD_KEEPING_SIGNS).matcher(text).replaceAll("");
        s = BACKTICKS.matcher(s).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        s = collapse(s);
        Optional<String> boxed = FinalAnswerExtractor.lastBoxed(s);
        if (boxed.isPresent()) {
            s = boxed.get();
        }
        s = collapse(removeUnsafePieces(s).text());
        s = collapse(ANSWER_LEAD.matcher(LEADING_PUNCTUATION.matcher(s).replaceFirst("")).replaceFirst(""));
        return s;
    }

    /** What {@link #removeUnsafePieces} left and how many removal passes it ran. */
    record Removal(String text, int passes) {
    }

    /**
     * Placeholders, tags and deny-listed words out, again while a removal joins the parts of another piece
     * ({@code "{{{{ answer }}}}"} → {@code "{{ }}"}, {@code "<</>/"} → {@code "</"}), but at most
     * {@link #MAX_REMOVAL_PASSES} times: each pass peels one layer, so hostile nesting ({@code "{{"} × 4096 then
     * {@code "}}"} × 4096) would otherwise cost a pass per layer. What is still unsettled fails {@link #violation} and
     * gives way to the final answer or {@link #emptyAnswer()}.
     */
    Removal removeUnsafePieces(String text) {
        String s = text;
        for (int pass = 1; pass <= MAX_REMOVAL_PASSES; pass++) {
            String previous = s;
            s = TEMPLATE.matcher(s).replaceAll(" ");
            s = TAG.matcher(s).replaceAll(" ");
            if (denyPattern != null) {
                s = denyPattern.matcher(s).replaceAll(" ");
            }
            if (s.equals(previous)) {
                return new Removal(s, pass);
            }
        }
        return new Removal(s, MAX_REMOVAL_PASSES);
    }

    /** Two or more lines start with a list marker. */
    private static boolean isList(String text) {
        Matcher marker = LIST_MARKER.matcher(text);
        return marker.find() && marker.find();
    }

    private static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Words as Python's {@code str.split()} counts them ({@code str.isspace()} whitespace, no-break spaces and the
     * separators U+001C to U+001F included), in one pass that stops once {@code stopAt} words are seen.
     */
    static int wordCount(String text, int stopAt) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && count < stopAt; i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
