package io.logicminer.solver.ensemble;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * vLLM's OpenAI-compatible {@code /v1/chat/completions} wire format, as recorded in solver-openai's
 * {@code src/test/resources/vllm/chat-completion.json}: a non-streamed {@code chat.completion} with one choice per
 * sample, and the request's {@code n} (absent means 1).
 */
final class ChatCompletionWire {

    private static final Pattern N = Pattern.compile("\"n\":(\\d+)");

    /** One sampled completion: its text and finish reason ({@code stop}, {@code length}). */
    record Choice(String content, String finishReason) {
        static Choice stop(String content) {
            return new Choice(content, "stop");
        }
    }

    private ChatCompletionWire() {
    }

    /** A chain of thought ending in a final-answer line, as the single-call prompt asks for. */
    static String reasoned(String reasoning, String answer) {
        return reasoning + "\nFinal answer: " + answer;
    }

    /** The request's {@code n}. */
    static int n(RecordedRequest request) {
        Matcher m = N.matcher(request.getBody().clone().readUtf8());
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    static MockResponse completion(List<Choice> choices) {
        StringBuilder body = new StringBuilder("{\"id\":\"chatcmpl-8f3c2a7d1e5b4c9a\",\"object\":\"chat.completion\","
                + "\"created\":1732460000,\"model\":\"Qwen/Qwen2-7B-Instruct\",\"choices\":[");
        int completionTokens = 0;
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"index\":").append(i).append(",\"message\":{\"role\":\"assistant\",\"content\":")
                    .append(quote(choice.content())).append(",\"tool_calls\":[]},\"logprobs\":null,\"finish_reason\":")
                    .append(quote(choice.finishReason())).append(",\"stop_reason\":null}");
            completionTokens += choice.content().split("\\s+").length;
        }
        body.append("],\"usage\":{\"prompt_tokens\":64,\"total_tokens\":").append(64 + completionTokens)
                .append(",\"completion_tokens\":").append(completionTokens)
                .append(",\"prompt_tokens_details\":null},\"prompt_logprobs\":null}");
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body.toString());
    }

    /**
     * The same choices streamed as vLLM streams {@code n > 1} (solver-openai's recorded
     * {@code chat-completion-stream-n2.sse}): a role chunk per choice, then word chunks interleaved across the
     * choices, a finish chunk per choice, a usage chunk and {@code [DONE]}.
     */
    static MockResponse streamed(List<Choice> choices) {
        String head = "data: {\"id\":\"chatcmpl-9a2e\",\"object\":\"chat.completion.chunk\",\"created\":1732460002,"
                + "\"model\":\"Qwen/Qwen2-7B-Instruct\",\"choices\":[{\"index\":";
        StringBuilder sse = new StringBuilder();
        List<String[]> words = new java.util.ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            sse.append(head).append(i).append(",\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,"
                    + "\"finish_reason\":null}]}\n\n");
            words.add(choices.get(i).content().split("(?<= )"));
        }
        int longest = words.stream().mapToInt(w -> w.length).max().orElse(0);
        int tokens = 0;
        for (int w = 0; w < longest; w++) {
            for (int i = 0; i < choices.size(); i++) {
                if (w < words.get(i).length) {
                    sse.append(head).append(i).append(",\"delta\":{\"content\":").append(quote(words.get(i)[w]))
                            .append("},\"logprobs\":null,\"finish_reason\":null}]}\n\n");
                    tokens++;
                }
            }
        }
        for (int i = 0; i < choices.size(); i++) {
            sse.append(head).append(i).append(",\"delta\":{\"content\":\"\"},\"logprobs\":null,\"finish_reason\":")
                    .append(quote(choices.get(i).finishReason())).append(",\"stop_reason\":null}]}\n\n");
        }
        sse.append("data: {\"id\":\"chatcmpl-9a2e\",\"object\":\"chat.completion.chunk\",\"created\":1732460002,"
                + "\"model\":\"Qwen/Qwen2-7B-Instruct\",\"choices\":[],\"usage\":{\"prompt_tokens\":64,"
                + "\"total_tokens\":").append(64 + tokens).append(",\"completion_tokens\":").append(tokens).append("}}\n\n");
        sse.append("data: [DONE]\n\n");
        return new MockResponse().setHeader("Content-Type", "text/event-stream; charset=utf-8").setBody(sse.toString());
    }

    /**
     * A vLLM stream of {@code finished} choices (role, words, finish chunks) plus, as the last choice, one that has
     * started ({@code started} so far) and then stalls: the server sends nothing more for {@code stall} seconds, as a
     * generation that is still running. The stalled choice's next word is the first byte held back.
     *
     * <p>MockWebServer throttles the request body with the same policy, so the part sent at once is padded with an
     * SSE comment (which clients skip) to 64 KiB, more than any request here: only the response stalls.
     */
    static MockResponse streamedThenStalled(List<Choice> finished, String started, long stallSeconds) {
        String sse = streamed(finished).getBody().readUtf8();
        sse = sse.substring(0, sse.indexOf("data: {\"id\":\"chatcmpl-9a2e\",\"object\":\"chat.completion.chunk\","
                + "\"created\":1732460002,\"model\":\"Qwen/Qwen2-7B-Instruct\",\"choices\":[],\"usage\""));
        String head = "data: {\"id\":\"chatcmpl-9a2e\",\"object\":\"chat.completion.chunk\",\"created\":1732460002,"
                + "\"model\":\"Qwen/Qwen2-7B-Instruct\",\"choices\":[{\"index\":" + finished.size();
        String sent = sse + head + ",\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,"
                + "\"finish_reason\":null}]}\n\n" + head + ",\"delta\":{\"content\":" + quote(started)
                + "},\"logprobs\":null,\"finish_reason\":null}]}\n\n";
        sent = sent + ": " + "padding ".repeat(Math.max(0, (65_536 - sent.length()) / 8)) + "\n\n";
        String held = head + ",\"delta\":{\"content\":\" more\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n";
        return new MockResponse().setHeader("Content-Type", "text/event-stream; charset=utf-8")
                .setBody(sent + held)
                .throttleBody(sent.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, stallSeconds,
                        java.util.concurrent.TimeUnit.SECONDS);
    }

    /** An error in vLLM's shape. */
    static MockResponse error(int status, String message) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody("{\"object\":\"error\",\"message\":" + quote(message) + ",\"type\":\"BadRequestError\","
                        + "\"param\":null,\"code\":" + status + "}");
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
