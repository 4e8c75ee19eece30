package io.logicminer.category.logic.noise;

/** What {@link HumanNoiser} does with the {@code Topic: X, Subtopic: Y.} line of a question. */
public enum TopicLineMode {
    /** Leave it as it is. */
    KEEP,
    /** Remove it. */
    DROP,
    /** Say the same in other words ("This one is about basic algebra, from algebra."). */
    REWORD,
    /** Pick one of the above at random for each question. */
    RANDOM
}
