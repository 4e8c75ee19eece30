package io.logicminer.spi.chat;

/**
 * One sampled completion.
 *
 * @param index        position among the request's {@code n} choices
 * @param content      the assistant's text (what arrived, if the stream was cut)
 * @param finishReason the server's reason ({@code stop}, {@code length}, ...) or {@link #DEADLINE} when the client
 *                     stopped reading at the request's deadline; null if the server gave none
 */
public record ChatChoice(int index, String content, String finishReason) {

    /** Finish reason set by a client that stopped a stream at the deadline and kept the partial text. */
    public static final String DEADLINE = "deadline";

    public ChatChoice {
        content = content == null ? "" : content;
    }

    /** True when the text was cut short, by the token limit or the deadline. */
    public boolean truncated() {
        return "length".equals(finishReason) || DEADLINE.equals(finishReason);
    }
}
