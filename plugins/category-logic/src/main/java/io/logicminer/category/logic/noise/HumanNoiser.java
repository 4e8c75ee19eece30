package io.logicminer.category.logic.noise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a LogicNet question look like the paraphrases validators send: persona chatter before and after, typos in
 * prose words, prose in lower case, the {@code Topic: X, Subtopic: Y.} line dropped or reworded, the wrapper sentences
 * reordered and the {@code ---} fences removed, all chosen by a seeded {@link RandomGenerator}.
 *
 * <p>It never touches mathematics: numbers, variables, LaTeX, operators and any chunk of text that holds a digit, a
 * backslash or a math symbol are copied unchanged, and the chatter contains no digits or math symbols. Only
 * whitespace-separated chunks made of letters alone (with trailing punctuation) are prose; a typo needs at least four
 * letters, and all-capital words (acronyms such as {@code GCD}, {@code CP}) and single letters (variables) are never
 * altered. The output depends only on the question, the options and the generator's state.
 *
 * <p>Stateless and thread-safe; usable without a host.
 */
public final class HumanNoiser {

    private static final Pattern TOPIC_LINE = Pattern.compile("Topic: (.+?), Subtopic: (.+?)\\.");
    private static final Pattern PROSE_CHUNK = Pattern.compile("([A-Za-z]+)([,.:;?!]*)");
    private static final Pattern CHUNKS = Pattern.compile("\\S+|\\s+");
    /** Words that are names of mathematical things even when written without a backslash. */
    private static final Set<String> MATH_WORDS = Set.of("sqrt", "frac", "dfrac", "cdot", "times", "begin", "end",
            "bmatrix", "pmatrix", "matrix", "left", "right", "text", "theta", "alpha", "beta", "gamma", "delta",
            "lambda", "sigma", "omega", "infty", "mathrm", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
            "cosec", "det");

    private final NoiseOptions options;

    public HumanNoiser(NoiseOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A noiser with {@link NoiseOptions#DEFAULT}. */
    public static HumanNoiser withDefaults() {
        return new HumanNoiser(NoiseOptions.DEFAULT);
    }

    public NoiseOptions options() {
        return options;
    }

    /** The noised question for a seed: the same seed always gives the same text. */
    public String noise(String question, long seed) {
        return noise(question, new SplittableRandom(seed));
    }

    /** The noised question, drawing every choice from {@code random}. */
    public String noise(String question, RandomGenerator random) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(random, "random");
        Parts parts = Parts.of(question);

        boolean opener = random.nextDouble() < options.chatterProbability();
        boolean closer = random.nextDouble() < options.chatterProbability();
        boolean rewordHeader = parts.header != null && random.nextDouble() < options.chatterProbability() / 2;
        boolean lowercase = random.nextDouble() < options.lowercaseProbability();
        boolean reorder = random.nextDouble() < options.reorderProbability();
        TopicLineMode mode = options.topicLine();
        if (mode == TopicLineMode.RANDOM) {
            mode = TopicLineMode.values()[random.nextInt(3)];
        }

        String topicLine = null;
        if (parts.topicLine != null) {
            topicLine = switch (mode) {
                case DROP -> null;
                case REWORD -> PersonaPhrases.topicLine(parts.topic.toLowerCase(Locale.ROOT),
                        parts.subtopic.toLowerCase(Locale.ROOT), random);
                default -> parts.topicLine;
            };
        }
        List<String> lines = new ArrayList<>();
        String header = parts.header == null ? null
                : rewordHeader ? PersonaPhrases.header(random) : parts.header;
        String first = opener ? PersonaPhrases.opener(random) : null;
        if (first != null && header != null) {
            lines.add(first + " " + header);
        } else if (first != null) {
            lines.add(first);
        } else if (header != null) {
            lines.add(header);
        }
        boolean fences = parts.fenced && !options.dropFences();
        if (fences) {
            lines.add("---");
        }
        if (topicLine != null && !reorder) {
            lines.add(topicLine);
        }
        lines.addAll(parts.body);
        if (fences) {
            lines.add("---");
        }
        if (topicLine != null && reorder) {
            lines.add(topicLine);
        }
        if (closer) {
            lines.add(PersonaPhrases.closer(random));
        }
        String text = String.join("\n", lines);
        return prose(text, lowercase, random) + (question.endsWith("\n") ? "\n" : "");
    }

    /** Applies lower case and typos to prose chunks only. */
    private String prose(String text, boolean lowercase, RandomGenerator random) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher chunks = CHUNKS.matcher(text);
        while (chunks.find()) {
            String chunk = chunks.group();
            Matcher prose = PROSE_CHUNK.matcher(chunk);
            if (!prose.matches()) {
                out.append(chunk);
                continue;
            }
            String word = prose.group(1);
            boolean protectedWord = word.length() == 1 || word.equals(word.toUpperCase(Locale.ROOT))
                    || MATH_WORDS.contains(word.toLowerCase(Locale.ROOT));
            if (!protectedWord) {
                if (lowercase) {
                    word = word.toLowerCase(Locale.ROOT);
                }
                if (word.length() >= 4 && options.typoProbability() > 0
                        && random.nextDouble() < options.typoProbability()) {
                    word = typo(word, random);
                }
            }
            out.append(word).append(prose.group(2));
        }
        return out.toString();
    }

    /** Swaps two inner letters, drops one, or doubles one; the first letter stays. */
    static String typo(String word, RandomGenerator random) {
        int i = 1 + random.nextInt(word.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
            case 1 -> word.substring(0, i) + word.substring(i + 1);
            default -> word.substring(0, i + 1) + word.charAt(i) + word.substring(i + 1);
        };
    }

    /** The atom question split into LogicNet's wrapper and the problem. */
    private static final class Parts {
        String header;
        String topicLine;
        String topic;
        String subtopic;
        boolean fenced;
        final List<String> body = new ArrayList<>();

        static Parts of(String question) {
            Parts parts = new Parts();
            String[] lines = question.split("\n");
            int i = 0;
            if (lines.length > 1 && lines[0].strip().endsWith(":") && !lines[0].matches(".*[0-9\\\\=^_{}].*")) {
                parts.header = lines[0].strip();
                i = 1;
            }
            for (; i < lines.length; i++) {
                String line = lines[i];
                if (line.strip().equals("---")) {
                    parts.fenced = true;
                    continue;
                }
                Matcher topic = TOPIC_LINE.matcher(line.strip());
                if (parts.topicLine == null && topic.matches()) {
                    parts.topicLine = line.strip();
                    parts.topic = topic.group(1);
                    parts.subtopic = topic.group(2);
                    continue;
                }
                if (!line.isBlank() || !parts.body.isEmpty()) {
                    parts.body.add(line);
                }
            }
            while (!parts.body.isEmpty() && parts.body.get(parts.body.size() - 1).isBlank()) {
                parts.body.remove(parts.body.size() - 1);
            }
            return parts;
        }
    }
}
