package io.logicminer.spi.chat;

/**
 * A chat-completion client: one configured instance ({@code models.<name>}) of a {@link ChatModelType}.
 * Implementations are thread-safe; the host calls them concurrently from virtual threads, so blocking I/O is fine.
 */
public interface ChatModel extends AutoCloseable {

    /** The instance name from config, e.g. {@code "default"} or {@code "qwen"}. */
    String name();

    /**
     * Runs one completion.
     *
     * @throws ChatModelException when no usable answer could be had (after whatever retries the deadline allowed)
     */
    ChatResponse complete(ChatRequest request);

    /** A one-line description for logs and the {@code config} command, with secrets masked. */
    default String describe() {
        return name();
    }

    /** Releases connections and threads. */
    @Override
    default void close() {
    }
}
