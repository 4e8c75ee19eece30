package io.logicminer.spi.chat;

/**
 * One sampled completion.
 *
 * @param index        position among the request's {@code n} choices
 * @param content      the assistant's text (what arrived, if the stream was cut)
 * @param finishReason the server's reason ({@code stop}, {@code length}, ...), {@link #DEADLINE} when the client
 *                     stopped reading at the request's deadline, {@link #DISCONNECTED} when the stream broke off
 *                     early; null if the server gave none
 */
public record ChatChoice(int index, String content, String finishReason) {

    /** Finish reason set by a client that stopped a stream at the deadline and kept the partial text. */
    public static final String DEADLINE = "deadline";

    /** Finish reason set by a client whose stream broke off (reset, closed early) after some text arrived. */
    public static final String DISCONNECTED = "disconnected";

    public ChatChoice {
        content = content == null ? "" : content;
    }

    /** True when the text was cut short: by the token limit, the deadline or a broken stream. */
    public boolean truncated() {
        return "length".equals(finishReason) || cutShort();
    }

    /** True when the client, not the model, ended the text: at the deadline or on a broken stream. */
    public boolean cutShort() {
        return DEADLINE.equals(finishReason) || DISCONNECTED.equals(finishReason);
    }
}
