package io.logicminer.category.logic.noise;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Persona chatter written for logicminer: who is asking, in what mood and tone. The texts hold letters, spaces and
 * ordinary punctuation only (no digits, no math symbols), so that chatter can never be mistaken for part of a problem.
 */
final class PersonaPhrases {

    static final List<String> PROFILES = List.of("night shift nurse", "retired carpenter", "first year student",
            "busy parent", "bakery owner", "high school teacher", "curious teenager", "software tester",
            "farmer", "taxi driver", "librarian", "amateur astronomer", "graduate student", "shop assistant",
            "chess club member", "volunteer tutor");

    static final List<String> MOODS = List.of("a bit tired", "in a hurry", "quite excited", "slightly confused",
            "pretty relaxed", "honestly stressed", "curious", "in a good mood", "bored", "determined");

    static final List<String> TONES = List.of("casual", "polite", "blunt", "chatty", "formal", "playful");

    private static final List<String> OPENERS = List.of(
            "Hey there, I am a %s and I am %s today.",
            "So, as a %s who is %s right now, I need some help.",
            "Hi, %s here, feeling %s.",
            "Okay, I am a %s, %s, and this came up.",
            "Good day. Speaking as a %s who is %s, here is my question.");

    private static final List<String> CASUAL_OPENERS = List.of(
            "Quick one for you.", "Can you help me out with this?", "My friend gave me this and I am stuck.",
            "Been staring at this for a while.", "This showed up in my homework.");

    private static final List<String> CLOSERS = List.of(
            "Thanks a lot!", "Please keep it short.", "Would really appreciate a clear answer.",
            "No rush, but I would love to know.", "Let me know what you get.", "Cheers.",
            "I hope that makes sense.", "Walk me through it if you can.");

    private static final List<String> HEADERS = List.of(
            "Find the solution of this math problem:", "Could you solve this math problem for me?",
            "Please work out the following problem.", "I need the answer to this one.",
            "Help me solve this.", "What is the solution here?");

    private static final List<String> TOPIC_TEMPLATES = List.of(
            "This one is about %2$s, from %1$s.", "It is a %1$s question, %2$s to be exact.",
            "The topic is %1$s, more precisely %2$s.", "Think %2$s, part of %1$s.");

    private PersonaPhrases() {
    }

    static String opener(RandomGenerator random) {
        if (random.nextInt(3) == 0) {
            return pick(CASUAL_OPENERS, random);
        }
        return String.format(pick(OPENERS, random), pick(PROFILES, random), pick(MOODS, random));
    }

    static String closer(RandomGenerator random) {
        String tone = pick(TONES, random);
        String closer = pick(CLOSERS, random);
        return tone.equals("formal") ? closer.replace("Thanks a lot!", "Thank you in advance.") : closer;
    }

    static String header(RandomGenerator random) {
        return pick(HEADERS, random);
    }

    static String topicLine(String topic, String subtopic, RandomGenerator random) {
        return String.format(pick(TOPIC_TEMPLATES, random), topic, subtopic);
    }

    static <T> T pick(List<T> list, RandomGenerator random) {
        return list.get(random.nextInt(list.size()));
    }
}
