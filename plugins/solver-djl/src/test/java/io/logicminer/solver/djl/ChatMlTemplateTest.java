package io.logicminer.solver.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.logicminer.spi.chat.ChatMessage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatMlTemplateTest {

    /** ChatML with a default system prompt in a single-quoted Jinja literal (the shape of Qwen2.5's template). */
    private static final String WITH_DEFAULT = "{%- if messages[0]['role'] == 'system' %}"
            + "{{- '<|im_start|>system\\n' + messages[0]['content'] + '<|im_end|>\\n' }}"
            + "{%- else %}{{- '<|im_start|>system\\nBe brief.\\nThink \\'twice\\'.<|im_end|>\\n' }}{%- endif %}"
            + "{%- for m in messages %}{{- '<|im_start|>' + m.role + '\\n' + m.content + '<|im_end|>\\n' }}"
            + "{%- endfor %}{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}";

    /** ChatML without a default system prompt (the shape of Qwen3's). */
    private static final String PLAIN = "{%- for m in messages %}"
            + "{{- \"<|im_start|>\" + m.role + \"\\n\" + m.content + \"<|im_end|>\\n\" }}{%- endfor %}"
            + "{%- if add_generation_prompt %}{{- \"<|im_start|>assistant\\n\" }}{%- endif %}";

    @Test
    void insertsTheTemplatesDefaultSystemPromptWhenTheConversationHasNone() {
        ChatMlTemplate template = ChatMlTemplate.from(WITH_DEFAULT).orElseThrow();
        assertEquals(Optional.of("Be brief.\nThink 'twice'."), template.defaultSystemPrompt());
        assertEquals("<|im_start|>system\nBe brief.\nThink 'twice'.<|im_end|>\n"
                        + "<|im_start|>user\n2+2?<|im_end|>\n<|im_start|>assistant\n",
                template.render(List.of(ChatMessage.user("2+2?"))));
    }

    @Test
    void aSystemMessageReplacesTheDefault() {
        ChatMlTemplate template = ChatMlTemplate.from(WITH_DEFAULT).orElseThrow();
        assertEquals("<|im_start|>system\nSolve it.<|im_end|>\n<|im_start|>user\n2+2?<|im_end|>\n"
                        + "<|im_start|>assistant\n4<|im_end|>\n<|im_start|>user\nand 3+3?<|im_end|>\n"
                        + "<|im_start|>assistant\n",
                template.render(List.of(ChatMessage.system("Solve it."), ChatMessage.user("2+2?"),
                        ChatMessage.assistant("4"), ChatMessage.user("and 3+3?"))));
    }

    @Test
    void aTemplateWithoutDefaultSystemPromptAddsNone() {
        ChatMlTemplate template = ChatMlTemplate.from(PLAIN).orElseThrow();
        assertTrue(template.defaultSystemPrompt().isEmpty());
        assertEquals("<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n",
                template.render(List.of(ChatMessage.user("hi"))));
    }

    @Test
    void otherTemplatesAreNotChatMl() {
        assertTrue(ChatMlTemplate.from("{% for m in messages %}[INST] {{ m.content }} [/INST]{% endfor %}")
                .isEmpty());
        assertTrue(ChatMlTemplate.from("<|start_header_id|>{{ m.role }}<|end_header_id|>").isEmpty());
    }
}
