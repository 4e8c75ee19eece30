package io.logicminer.solver.openai;

import okhttp3.mockwebserver.MockResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Recorded vLLM responses from {@code src/test/resources/vllm}. */
final class VllmResponses {

    private VllmResponses() {
    }

    static String text(String name) {
        try (InputStream in = VllmResponses.class.getResourceAsStream("/vllm/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded response " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MockResponse json(int status, String name) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(text(name));
    }

    static MockResponse stream(String name) {
        return new MockResponse().setHeader("Content-Type", "text/event-stream; charset=utf-8").setBody(text(name));
    }

    /** A stream of {@code tokens} content chunks, each one word, ending with stop, usage and [DONE]. */
    static String streamOf(String content) {
        StringBuilder sse = new StringBuilder();
        String head = "data: {\"id\":\"chatcmpl-t\",\"object\":\"chat.completion.chunk\",\"created\":1732460003,"
                + "\"model\":\"Qwen/Qwen2-7B-Instruct\",\"choices\":[{\"index\":0,\"delta\":";
        sse.append(head).append("{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n");
        String[] words = content.split("(?<= )");
        for (String word : words) {
            sse.append(head).append("{\"content\":").append(quote(word))
                    .append("},\"logprobs\":null,\"finish_reason\":null}]}\n\n");
        }
        sse.append(head).append("{\"content\":\"\"},\"logprobs\":null,\"finish_reason\":\"stop\",\"stop_reason\":null}]}\n\n");
        sse.append("data: {\"id\":\"chatcmpl-t\",\"object\":\"chat.completion.chunk\",\"created\":1732460003,"
                + "\"model\":\"Qwen/Qwen2-7B-Instruct\",\"choices\":[],\"usage\":{\"prompt_tokens\":10,\"total_tokens\":"
                + (10 + words.length) + ",\"completion_tokens\":" + words.length + "}}\n\n");
        sse.append("data: [DONE]\n\n");
        return sse.toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
