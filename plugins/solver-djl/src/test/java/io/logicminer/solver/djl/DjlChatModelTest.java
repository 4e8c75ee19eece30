package io.logicminer.solver.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.logicminer.solver.djl.tiny.TinyModelExporter;
import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.spi.chat.ChatResponse;
import io.logicminer.testkit.FixedHostContext;
import io.logicminer.testkit.MapComponentConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code djl} chat model on the generated tiny model, through the chat-model SPI as a solver uses it. */
class DjlChatModelTest {

    private static Path modelDir;
    private static ChatModel model;

    @BeforeAll
    static void load() {
        modelDir = TinyModelExporter.exportOnce();
        model = new DjlChatModelType().create("local",
                MapComponentConfig.of("models.local", "type", "djl", "path", modelDir.toString(), "threads", 1),
                new FixedHostContext());
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static ChatRequest ask(String question) {
        return ChatRequest.of(List.of(ChatMessage.user(question))).withTemperature(0.0).withMaxTokens(24);
    }

    @Test
    void greedyOutputIsDeterministic() {
        ChatResponse first = model.complete(ask("How many clips did Natalia sell?"));
        ChatResponse second = model.complete(ask("How many clips did Natalia sell?"));
        assertFalse(first.content().isEmpty());
        assertEquals(first.content(), second.content());
        assertEquals("length", first.choices().get(0).finishReason());
        assertEquals(24, first.usage().completionTokens());
        assertTrue(first.usage().promptTokens() > 10, "prompt tokens: " + first.usage());
        assertNotEquals(first.content(), model.complete(ask("What is the probability of rolling a six?")).content(),
                "a different prompt gives a different continuation");
    }

    @Test
    void describesItself() {
        assertTrue(model.describe().contains("djl"), model.describe());
        assertEquals("local", model.name());
    }
}
