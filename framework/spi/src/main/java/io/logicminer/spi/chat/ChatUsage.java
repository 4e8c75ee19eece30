package io.logicminer.spi.chat;

/**
 * Token accounting as the server reports it; zeros when the server reported none.
 *
 * @param promptTokens     tokens in the prompt
 * @param completionTokens tokens generated over all choices
 */
public record ChatUsage(int promptTokens, int completionTokens) {

    public static final ChatUsage UNKNOWN = new ChatUsage(0, 0);

    public int totalTokens() {
        return promptTokens + completionTokens;
    }
}
