package io.logicminer.solver.djl;

import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatRole;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a conversation the way a ChatML Jinja chat template (Qwen2 / Qwen2.5 / Qwen3, and others that use
 * {@code <|im_start|>role\ncontent<|im_end|>\n}) renders it with {@code add_generation_prompt = true} and no tools:
 * each message framed by {@code <|im_start|>} and {@code <|im_end|>}, then {@code <|im_start|>assistant\n}.
 * When the template inserts a default system message for conversations without one (Qwen2.5's "You are Qwen,
 * ...", Qwen2.5-Math's "Please reason step by step ..."), that literal is read from the template and inserted too.
 *
 * <p>This is not a Jinja interpreter: tools, per-message reasoning fields and other templating languages
 * ({@code [INST]}, Llama 3 headers) are not supported; {@link #from} refuses a template without ChatML markers.
 */
final class ChatMlTemplate {

    static final String IM_START = "<|im_start|>";
    static final String IM_END = "<|im_end|>";

    /** A string literal in the template that opens a system turn and closes it: the default system prompt. */
    private static final Pattern DEFAULT_SYSTEM = Pattern.compile(
            "'<\\|im_start\\|>system\\\\n((?:[^'\\\\]|\\\\.)*?)<\\|im_end\\|>\\\\n'"
            + "|\"<\\|im_start\\|>system\\\\n((?:[^\"\\\\]|\\\\.)*?)<\\|im_end\\|>\\\\n\"");

    private final String defaultSystemPrompt;

    private ChatMlTemplate(String defaultSystemPrompt) {
        this.defaultSystemPrompt = defaultSystemPrompt;
    }

    /** The renderer for {@code template}, or empty when the template is not ChatML. */
    static Optional<ChatMlTemplate> from(String template) {
        if (!template.contains(IM_START) || !template.contains(IM_END)) {
            return Optional.empty();
        }
        Matcher m = DEFAULT_SYSTEM.matcher(template);
        String defaultSystem = null;
        if (m.find()) {
            defaultSystem = unescape(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return Optional.of(new ChatMlTemplate(defaultSystem));
    }

    /** The default system prompt the template inserts, if any. */
    Optional<String> defaultSystemPrompt() {
        return Optional.ofNullable(defaultSystemPrompt);
    }

    /** The prompt text, special tokens written out, ending with the assistant's opening. */
    String render(List<ChatMessage> messages) {
        StringBuilder out = new StringBuilder();
        if (defaultSystemPrompt != null && messages.get(0).role() != ChatRole.SYSTEM) {
            turn(out, "system", defaultSystemPrompt);
        }
        for (ChatMessage message : messages) {
            turn(out, message.role().wireName(), message.content());
        }
        return out.append(IM_START).append("assistant\n").toString();
    }

    private static void turn(StringBuilder out, String role, String content) {
        out.append(IM_START).append(role).append('\n').append(content).append(IM_END).append('\n');
    }

    /** Jinja string-literal escapes (Python's): backslash-n, -t, -quote, -backslash. */
    private static String unescape(String literal) {
        StringBuilder out = new StringBuilder(literal.length());
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length()) {
                char next = literal.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
