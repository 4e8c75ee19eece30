package io.logicminer.example.chat;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.HostContext;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatModelType;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.spi.chat.ChatResponse;
import org.pf4j.Extension;

/** A chat model type for config checks: it exists, so models.<name> sections validate; it never answers. */
@Extension
public class UnreachableChatModelType implements ChatModelType {

    @Override
    public String type() {
        return "unreachable";
    }

    @Override
    public ChatModel create(String name, ComponentConfig config, HostContext context) {
        return new ChatModel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ChatResponse complete(ChatRequest request) {
                throw new UnsupportedOperationException("the unreachable chat model '" + name + "' never answers");
            }
        };
    }
}
