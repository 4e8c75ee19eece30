package io.logicminer.evaluation.embedding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.logicminer.evaluation.judge.ReferenceReasoning;
import io.logicminer.solver.openai.OpenAiChatModelType;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.embedding.SentenceEmbedder;
import io.logicminer.testkit.FixedHostContext;
import io.logicminer.testkit.MapComponentConfig;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The similarity term's plumbing, with a stand-in embedder (the real MiniLM one is tested in its plugin). */
class ReferenceSimilarityTest {

    /** Counts of the digits and of 'x': algebra reads alike, prose without numbers is orthogonal to it. */
    private static final class DigitCountEmbedder implements SentenceEmbedder {
        @Override
        public String describe() {
            return "digit counts";
        }

        @Override
        public float[] embed(String text) {
            float[] v = new float[11];
            for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
                if (c >= '0' && c <= '9') {
                    v[c - '0']++;
                } else if (c == 'x') {
                    v[10]++;
                }
            }
            return v;
        }
    }

    @Test
    void cosineIsTorchsWithAFlooredNorm() {
        assertEquals(1.0, ReferenceSimilarity.cosine(new float[] {1, 2}, new float[] {2, 4}), 1e-12);
        assertEquals(0.0, ReferenceSimilarity.cosine(new float[] {1, 0}, new float[] {0, 3}), 1e-12);
        assertEquals(0.0, ReferenceSimilarity.cosine(new float[] {0, 0}, new float[] {0, 3}), 1e-12);
    }

    @Test
    void comparesWithTheReferenceTheValidatorWouldGenerate() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("""
                    {"id":"chatcmpl-r","object":"chat.completion","created":1732460000,"model":"ref",
                     "choices":[{"index":0,"message":{"role":"assistant","content":"Subtract 1 from both sides to get 2x = 4, then divide by 2: x = 2."},"finish_reason":"stop"}],
                     "usage":{"prompt_tokens":9,"completion_tokens":20,"total_tokens":29}}"""));
            server.start();
            try (ChatModel model = new OpenAiChatModelType().create("ref", MapComponentConfig.of("models.ref",
                    "base_url", server.url("/v1").toString(), "model", "ref", "stream", false, "max_retries", 0),
                    new FixedHostContext());
                 SentenceEmbedder embedder = new DigitCountEmbedder()) {
                ReferenceSimilarity similarity = new ReferenceSimilarity(new ReferenceReasoning(model), embedder);
                double close = similarity.similarity("2x + 1 = 5", "Take 1 away from both sides: 2x = 4, so x = 2.");
                double far = similarity.similarity("2x + 1 = 5", "Paris is the capital of France.");
                assertTrue(close > 0.9 && far == 0, close + " vs " + far);
                assertEquals(1, server.getRequestCount(), "the reference is generated once per question");
                JsonNode body = new ObjectMapper().readTree(server.takeRequest().getBody().readUtf8());
                assertEquals("2x + 1 = 5", body.get("messages").get(0).get("content").asText());
                assertEquals(1024, body.get("max_tokens").asInt());
                assertEquals(0.7, body.get("temperature").asDouble());
            }
        }
    }
}
