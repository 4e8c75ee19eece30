package io.logicminer.solver.openai;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.HostContext;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatModelType;
import org.pf4j.Extension;

/** Chat model type {@code openai}: any OpenAI-compatible chat-completions endpoint. */
@Extension
public final class OpenAiChatModelType implements ChatModelType {

    @Override
    public String type() {
        return "openai";
    }

    @Override
    public String description() {
        return "OpenAI-compatible /chat/completions endpoint (vLLM, SGLang, Ollama, hosted APIs)";
    }

    @Override
    public ChatModel create(String name, ComponentConfig config, HostContext context) {
        return new OpenAiChatModel(name, OpenAiSettings.from(config), context.clock(), context.metrics());
    }
}
