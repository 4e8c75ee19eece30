package io.logicminer.solver.hybrid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reasoning-like prose for a math question, the stand-in for a chat model's reply when measuring the similarity
 * term without a GPU. Each call is one "sample": the phrasing varies with {@code sample} (as a model's at temperature
 * 0.7 does), the content follows the question (its task, its numbers, the method its topic calls for). It does not
 * solve anything and it is no substitute for a real model: figures measured with it show the mechanism (prose
 * against prose versus templated steps against prose), not the value a real model gives.
 */
final class ScriptedReasoning {

    private static final Pattern WRAPPED = Pattern.compile("Subtopic:[^\\n]*\\n(.*?)(?:\\n---|$)", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    private static final String[] OPENERS = {
            "To solve this problem, we need to work through it step by step.",
            "Let's break this problem down carefully.",
            "We are asked to find the following: %s",
            "Sure! Let's solve this together. The problem is: %s",
            "This is a %s problem, so let's start from what we know.",
    };
    private static final String[] GIVENS = {
            "The problem gives us the values %s.",
            "Here, the numbers involved are %s.",
            "We are given %s, and we need to use them carefully.",
    };
    private static final String[] STEPS = {
            "First, we identify what is being asked. Next, we apply the rule to each part, keeping track of the"
                    + " coefficients and the signs. Then we simplify the result.",
            "Step 1: Write down what we know. Step 2: Apply the appropriate formula. Step 3: Simplify and check the"
                    + " result to make sure it makes sense.",
            "We start by setting up the calculation, then carry it out one step at a time, and finally we simplify"
                    + " to get a clean answer.",
    };
    private static final String[] CLOSERS = {
            "Therefore, after simplifying, we obtain the final answer.",
            "So, putting it all together, we get the result.",
            "Thus, the answer follows directly from these steps.",
            "And that gives us our final result.",
    };

    private ScriptedReasoning() {
    }

    /** One sample of prose for {@code question}, at most {@code maxWords} words. */
    static String write(String question, long sample, int maxWords) {
        String problem = problem(question);
        String topic = topic(problem);
        Random random = new Random(problem.hashCode() * 1_000_003L + sample);
        List<String> sentences = new ArrayList<>();
        int opener = random.nextInt(OPENERS.length);
        sentences.add(OPENERS[opener].formatted(opener == OPENERS.length - 1 ? topic : problem));
        List<String> numbers = numbers(problem);
        if (!numbers.isEmpty()) {
            sentences.add(GIVENS[random.nextInt(GIVENS.length)].formatted(String.join(", ", numbers)));
        }
        sentences.add(method(topic, random));
        sentences.add(STEPS[random.nextInt(STEPS.length)]);
        if (random.nextBoolean()) {
            sentences.add("Let's double-check the calculation to make sure we haven't made any mistakes.");
        }
        sentences.add(CLOSERS[random.nextInt(CLOSERS.length)]);
        String prose = String.join(" ", sentences);
        String[] words = prose.split(" ");
        return words.length <= maxWords ? prose : String.join(" ", List.of(words).subList(0, maxWords));
    }

    /** The problem itself: the line between LogicNet's "Topic: ..., Subtopic: ..." header and "---", else all. */
    static String problem(String question) {
        Matcher m = WRAPPED.matcher(question);
        return (m.find() ? m.group(1) : question).strip();
    }

    private static String topic(String problem) {
        String p = problem.toLowerCase(Locale.ROOT);
        if (p.contains("differentiat") || p.contains("derivative")) {
            return "calculus";
        }
        if (p.contains("integra")) {
            return "integration";
        }
        if (p.contains("matri") || p.contains("determinant") || p.contains("vector")) {
            return "linear algebra";
        }
        if (p.contains("prime") || p.contains("composite") || p.contains("gcd") || p.contains("factor")) {
            return "number theory";
        }
        if (p.contains("area") || p.contains("volume") || p.contains("perimeter") || p.contains("angle")
                || p.contains("triangle") || p.contains("circle")) {
            return "geometry";
        }
        if (p.contains("binary") || p.contains("hex") || p.contains("octal") || p.contains("fibonacci")) {
            return "computer science";
        }
        if (p.contains("mean") || p.contains("median") || p.contains("probability") || p.contains("dice")) {
            return "statistics";
        }
        if (p.contains("=") || p.contains("solve") || p.contains("equation")) {
            return "algebra";
        }
        return "arithmetic";
    }

    private static String method(String topic, Random random) {
        String[] methods = switch (topic) {
            case "calculus" -> new String[]{
                    "To differentiate, we use the power rule: the derivative of x^n is n*x^(n-1), applied term by term.",
                    "We apply the power rule to each term, multiplying by the exponent and lowering it by one."};
            case "integration" -> new String[]{
                    "To integrate, we raise each exponent by one and divide by the new exponent, then evaluate at the"
                            + " limits.",
                    "We find the antiderivative term by term and subtract its value at the lower limit from its value"
                            + " at the upper limit."};
            case "linear algebra" -> new String[]{
                    "We work with the entries row by row and column by column, multiplying and adding as the"
                            + " definition says.",
                    "Recall how matrix and vector operations combine the entries, and apply that to each position."};
            case "number theory" -> new String[]{
                    "We check divisibility by the small primes up to the square root of the number.",
                    "We look at the factors of the numbers involved to decide the result."};
            case "geometry" -> new String[]{
                    "We use the formula for the shape and substitute the given measurements.",
                    "Recall the geometric formula that applies here, then plug in the values."};
            case "computer science" -> new String[]{
                    "We convert between the number bases by repeated division and reading off the remainders.",
                    "We follow the definition of the sequence or the conversion one step at a time."};
            case "statistics" -> new String[]{
                    "We collect the values and apply the definition of the statistic we are asked for.",
                    "We count the outcomes carefully and divide as the definition says."};
            case "algebra" -> new String[]{
                    "We isolate the unknown by doing the same operation on both sides of the equation.",
                    "We rearrange the equation and simplify both sides to find the unknown."};
            default -> new String[]{
                    "We carry out the arithmetic in the right order of operations.",
                    "We compute each part of the expression and combine them."};
        };
        return methods[random.nextInt(methods.length)];
    }

    private static List<String> numbers(String problem) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(problem);
        while (m.find() && found.size() < 4) {
            found.add(m.group());
        }
        return found;
    }
}
