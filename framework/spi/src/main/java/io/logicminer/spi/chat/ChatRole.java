package io.logicminer.spi.chat;

/** Who speaks a {@link ChatMessage}; the lower-case name is the OpenAI wire value. */
public enum ChatRole {
    SYSTEM, USER, ASSISTANT;

    /** The OpenAI wire name: {@code system}, {@code user} or {@code assistant}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
