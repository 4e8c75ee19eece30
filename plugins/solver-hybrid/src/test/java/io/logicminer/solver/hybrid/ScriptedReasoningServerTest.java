package io.logicminer.solver.hybrid;

import io.logicminer.solver.openai.OpenAiChatModelType;
import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.testkit.FixedHostContext;
import io.logicminer.testkit.MapComponentConfig;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scripted stand-in model speaks the wire format the real chat model reads, streamed and whole. */
class ScriptedReasoningServerTest {

    private static final String QUESTION = "Find the solution of this math problem:\n---\nTopic: Calculus, Subtopic: "
            + "Power rule differentiation.\nDifferentiate 4x^{10}\n---\n";

    @Test
    void repliesWithProseAboutTheQuestionThatVariesPerSample() throws Exception {
        MockWebServer server = ScriptedReasoningServer.start();
        try {
            for (boolean stream : new boolean[]{true, false}) {
                try (ChatModel model = new OpenAiChatModelType().create("scripted", MapComponentConfig.of(
                        "models.scripted", "base_url", server.url("/v1").toString(), "model", "scripted",
                        "stream", stream, "max_retries", 0), new FixedHostContext())) {
                    ChatRequest request = ChatRequest.of(List.of(ChatMessage.user(QUESTION))).withMaxTokens(300);
                    String first = model.complete(request).content();
                    String second = model.complete(request).content();
                    assertTrue(first.contains("power rule"), first);
                    assertTrue(first.split(" ").length <= 225, first);
                    assertNotEquals(first, second, "a new sample per request");
                }
            }
            assertEquals(4, server.getRequestCount());
        } finally {
            server.shutdown();
        }
    }

    @Test
    void theProblemIsCutOutOfLogicNetsWrapper() {
        assertEquals("Differentiate 4x^{10}", ScriptedReasoning.problem(QUESTION));
        assertEquals("Differentiate 4x^{10}", ScriptedReasoning.problem("Differentiate 4x^{10}"));
    }
}
