package io.logicminer.solver.djl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.logicminer.solver.djl.tiny.TinyModelExporter;
import io.logicminer.spi.chat.ChatChoice;
import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatModelException;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.spi.chat.ChatResponse;
import io.logicminer.testkit.MapComponentConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding on the generated tiny model: cache, stop conditions, sampling, deadline, n samples. */
class GeneratorTest {

    private static final ChatRequest QUESTION = ChatRequest.of(List.of(
            ChatMessage.system("Answer the question."),
            ChatMessage.user("A train travels 60 miles per hour for 3 hours. How far does it go?")));

    private static DjlChatModel open(boolean kvCache, Object... settings) {
        return open(TinyModelExporter.exportOnce(), Clock.systemUTC(), kvCache, settings);
    }

    private static DjlChatModel open(Path dir, Clock clock, boolean kvCache, Object... settings) {
        MapComponentConfig config = MapComponentConfig.of("models.local", "type", "djl", "path", dir.toString(),
                "threads", 1);
        for (int i = 0; i < settings.length; i += 2) {
            config = config.with((String) settings[i], settings[i + 1]);
        }
        return DjlChatModel.open("local", DjlSettings.from(config), clock, kvCache);
    }

    private static ChatRequest greedy(int maxTokens) {
        return QUESTION.withTemperature(0.0).withMaxTokens(maxTokens);
    }

    @Test
    void kvCacheDecodingGivesTheTokensOfRecomputingTheWholePrefix() {
        try (DjlChatModel cached = open(true, "prefill_chunk", 7); DjlChatModel recomputed = open(false)) {
            Generation withCache = cached.generate(greedy(40));
            Generation without = recomputed.generate(greedy(40));
            assertEquals(40, withCache.completions().get(0).tokens().length);
            assertArrayEquals(without.completions().get(0).tokens(), withCache.completions().get(0).tokens());
            assertEquals(39, withCache.decodeSteps());
            assertTrue(withCache.promptTokens() > 7 * 3, "the prompt spans several prefill chunks: "
                    + withCache.promptTokens());
        }
    }

    @Test
    void batchedSamplesWithTheCacheMatchRecomputedOnes() {
        try (DjlChatModel cached = open(true, "seed", 11); DjlChatModel recomputed = open(false, "seed", 11)) {
            ChatRequest request = QUESTION.withTemperature(1.0).withTopP(0.95).withMaxTokens(20).withN(3);
            Generation withCache = cached.generate(request);
            Generation without = recomputed.generate(request);
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(without.completions().get(i).tokens(), withCache.completions().get(i).tokens(),
                        "sample " + i);
            }
        }
    }

    @Test
    void maxTokensHolds() {
        try (DjlChatModel model = open(true)) {
            ChatResponse response = model.complete(greedy(7));
            assertEquals("length", response.choices().get(0).finishReason());
            assertEquals(7, response.usage().completionTokens());
            assertEquals(7, model.generate(greedy(7)).completions().get(0).tokens().length);
        }
    }

    @Test
    void stopStringEndsTheTextBeforeIt() {
        try (DjlChatModel model = open(true)) {
            String full = model.complete(greedy(40)).content();
            String stop = full.substring(full.length() / 2, full.length() / 2 + 3);
            String expected = full.substring(0, full.indexOf(stop));
            ChatResponse cut = model.complete(greedy(40).withStop(List.of("never appears", stop)));
            assertEquals(expected, cut.content());
            assertEquals("stop", cut.choices().get(0).finishReason());
            assertTrue(cut.usage().completionTokens() < 40, "stopped early: " + cut.usage());
        }
    }

    @Test
    void configuredStopStringsApplyWhenTheRequestSetsNone() {
        try (DjlChatModel plain = open(true)) {
            String full = plain.complete(greedy(40)).content();
            String stop = full.substring(5, 8);
            try (DjlChatModel model = open(true, "stop", List.of(stop))) {
                assertEquals(full.substring(0, full.indexOf(stop)), model.complete(greedy(40)).content());
            }
        }
    }

    @Test
    void endOfSequenceTokenFromGenerationConfigStopsTheSample(@TempDir Path dir) throws IOException {
        long[] tokens;
        try (DjlChatModel model = open(true)) {
            tokens = model.generate(greedy(12)).completions().get(0).tokens();
        }
        long eos = tokens[6];
        int firstAt = 0;
        while (tokens[firstAt] != eos) {
            firstAt++;
        }
        copyModel(dir);
        Files.writeString(dir.resolve("generation_config.json"), "{\"eos_token_id\": [" + eos + "]}");
        try (DjlChatModel model = open(dir, Clock.systemUTC(), true)) {
            Completion c = model.generate(greedy(12)).completions().get(0);
            assertEquals("stop", c.finishReason());
            assertArrayEquals(java.util.Arrays.copyOf(tokens, firstAt), c.tokens());
        }
    }

    @Test
    void aSeedMakesSamplesReproducible() {
        ChatRequest request = QUESTION.withTemperature(1.0).withMaxTokens(16).withN(3);
        try (DjlChatModel a = open(true, "seed", 7); DjlChatModel b = open(true, "seed", 7);
             DjlChatModel c = open(true, "seed", 8)) {
            List<String> first = texts(a.complete(request));
            assertEquals(first, texts(a.complete(request)));
            assertEquals(first, texts(b.complete(request)));
            assertNotEquals(first, texts(c.complete(request)));
            assertEquals(3, new HashSet<>(first).size(), "three different samples: " + first);
            assertEquals(List.of(0, 1, 2), a.complete(request).choices().stream().map(ChatChoice::index).toList());
        }
    }

    @Test
    void samplingDefaultsComeFromGenerationConfigAndTemperatureZeroIsGreedy() {
        try (DjlChatModel model = open(true, "seed", 3)) {
            String greedyText = model.complete(greedy(16)).content();
            // generation_config.json: do_sample, temperature 0.7, top_p 0.8 -> sampled unless the request says 0
            Set<String> sampled = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                sampled.addAll(texts(model.complete(QUESTION.withMaxTokens(16).withN(4))));
            }
            assertTrue(sampled.size() > 1, "sampled texts vary: " + sampled);
            assertEquals(greedyText, model.complete(greedy(16)).content());
        }
    }

    @Test
    void theDeadlineReturnsWhatWasGenerated() {
        // every clock read is one second later; the deadline falls some reads into decoding
        TickingClock clock = new TickingClock(Instant.parse("2026-01-01T00:00:00Z"), Duration.ofSeconds(1));
        try (DjlChatModel model = open(TinyModelExporter.exportOnce(), clock, true, "prefill_chunk", 1024)) {
            ChatRequest request = greedy(100).withN(2).withDeadline(Instant.parse("2026-01-01T00:00:10Z"));
            ChatResponse response = model.complete(request);
            for (ChatChoice choice : response.choices()) {
                assertEquals(ChatChoice.DEADLINE, choice.finishReason());
                assertTrue(choice.cutShort());
                assertTrue(!choice.content().isEmpty(), "kept the partial text");
            }
            assertTrue(response.usage().completionTokens() < 2 * 100, response.usage().toString());
            assertTrue(response.cutAtDeadline());
        }
    }

    @Test
    void aDeadlineAlreadyPassedIsAnError() {
        try (DjlChatModel model = open(true)) {
            ChatModelException e = assertThrows(ChatModelException.class,
                    () -> model.complete(greedy(10).withDeadline(Instant.now().minusSeconds(1))));
            assertEquals(ChatModelException.Reason.DEADLINE, e.reason());
        }
    }

    @Test
    void anInterruptStopsThePrefillBetweenChunks() {
        // read 0: waiting for a slot (which would notice an interrupt itself); read 1: the first prefill chunk
        AtomicInteger reads = new AtomicInteger();
        Clock interruptsOnSecondRead = new Clock() {
            @Override
            public Instant instant() {
                if (reads.getAndIncrement() == 1) {
                    Thread.currentThread().interrupt();
                }
                return Instant.parse("2026-01-01T00:00:00Z");
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }
        };
        try (DjlChatModel model = open(TinyModelExporter.exportOnce(), interruptsOnSecondRead, true,
                "prefill_chunk", 4)) {
            ChatRequest request = greedy(10).withDeadline(Instant.parse("2026-01-01T01:00:00Z"));
            ChatModelException e = assertThrows(ChatModelException.class, () -> model.complete(request));
            assertTrue(Thread.interrupted(), "the thread's interrupt status is kept (and cleared here)");
            assertEquals(ChatModelException.Reason.INTERRUPTED, e.reason());
            assertTrue(e.getMessage().contains("interrupted while reading the prompt (0 of "), e.getMessage());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void promptIsTheChatTemplateTokenisedWithSpecialTokensWhole() {
        try (DjlChatModel model = open(true)) {
            long[] ids = model.promptTokens(ChatRequest.of(List.of(ChatMessage.user("What is 2 + 2?"))));
            String tokenizerJson = readTokenizer();
            long imStart = specialId(tokenizerJson, TinyModelExporter.IM_START);
            long imEnd = specialId(tokenizerJson, TinyModelExporter.IM_END);
            // default system turn, user turn, assistant opening
            assertEquals(3, java.util.Arrays.stream(ids).filter(id -> id == imStart).count());
            assertEquals(2, java.util.Arrays.stream(ids).filter(id -> id == imEnd).count());
            assertEquals(imStart, ids[0]);
        }
    }

    @Test
    void promptLongerThanTheContextIsRefused() {
        try (DjlChatModel model = open(true)) {
            ChatRequest request = ChatRequest.of(List.of(ChatMessage.user("Natalia sold clips. ".repeat(400))));
            assertTrue(model.promptTokens(request).length > 1024, "the tokenizer does not truncate");
            ChatModelException e = assertThrows(ChatModelException.class, () -> model.complete(request));
            assertTrue(e.getMessage().contains("at most 1024"), e.getMessage());
        }
    }

    @Test
    void badSamplingValuesInTheRequestAreRefusedByName() {
        try (DjlChatModel model = open(true)) {
            for (double t : new double[] {-0.5, Double.NaN}) {
                ChatModelException e = assertThrows(ChatModelException.class,
                        () -> model.complete(greedy(4).withTemperature(t)));
                assertEquals(ChatModelException.Reason.HTTP_STATUS, e.reason());
                assertEquals(400, e.httpStatus());
                assertTrue(e.getMessage().contains("temperature must be 0 (greedy) or more, got " + t), e.getMessage());
            }
            for (double p : new double[] {0.0, 1.5, -1, Double.NaN}) {
                ChatModelException e = assertThrows(ChatModelException.class,
                        () -> model.complete(greedy(4).withTopP(p)));
                assertEquals(400, e.httpStatus());
                assertTrue(e.getMessage().contains("top_p must be in (0, 1], got " + p), e.getMessage());
            }
            assertEquals(4, model.complete(greedy(4).withTopP(1.0)).usage().completionTokens());
        }
    }

    @Test
    void aPromptOverMaxPromptTokensIsRefusedNamingTheKey() {
        try (DjlChatModel model = open(true, "max_prompt_tokens", 20)) {
            ChatModelException e = assertThrows(ChatModelException.class, () -> model.complete(greedy(4)));
            assertEquals(ChatModelException.Reason.HTTP_STATUS, e.reason());
            assertEquals(400, e.httpStatus());
            assertTrue(e.getMessage().contains("tokens, more than models.local.max_prompt_tokens = 20"),
                    e.getMessage());
        }
        try (DjlChatModel model = open(true, "max_prompt_tokens", 200)) {
            assertEquals(4, model.complete(greedy(4)).usage().completionTokens(), "the same prompt fits 200");
        }
    }

    @Test
    void aRenderedPromptFarOverTheLimitIsRefusedBeforeTokenising() {
        try (DjlChatModel model = open(true, "max_prompt_tokens", 2)) {
            ChatModelException e = assertThrows(ChatModelException.class, () -> model.complete(greedy(4)));
            assertEquals(400, e.httpStatus());
            assertTrue(e.getMessage().contains("characters, more than 32 (16 a token) can fit"
                    + " models.local.max_prompt_tokens = 2"), e.getMessage());
        }
    }

    @Test
    void closeWaitsForTheRunningGenerationAndRefusesNewOnes() throws Exception {
        // the generation holds its slot while it is parked in the clock read after waiting for the slot (read 0)
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch parked = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        Clock parksOnSecondRead = new Clock() {
            @Override
            public Instant instant() {
                if (reads.getAndIncrement() == 1) {
                    parked.countDown();
                    try {
                        resume.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return Instant.parse("2026-01-01T00:00:00Z");
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }
        };
        DjlChatModel model = open(TinyModelExporter.exportOnce(), parksOnSecondRead, true, "concurrency", 2);
        ChatRequest request = greedy(8).withDeadline(Instant.parse("2026-01-01T01:00:00Z"));
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var generation = executor.submit(() -> model.complete(request));
            try {
                closesAfterTheGeneration(model, parked, resume, generation);
            } finally {
                resume.countDown(); // never leave the generation parked
            }
        }
    }

    private static void closesAfterTheGeneration(DjlChatModel model, CountDownLatch parked, CountDownLatch resume,
                                                 java.util.concurrent.Future<ChatResponse> generation)
            throws Exception {
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            parked.await();
            var closing = executor.submit(model::close);
            while (model.waitingForSlot() == 0 && !closing.isDone()) {
                Thread.onSpinWait(); // close() queues for both slots
            }
            assertFalse(closing.isDone(), "close() waits while a generation runs");
            ChatModelException refused = assertThrows(ChatModelException.class, () -> model.complete(greedy(4)));
            assertEquals(503, refused.httpStatus());
            assertTrue(refused.getMessage().contains("closed"), refused.getMessage());
            resume.countDown();
            assertEquals(8, generation.get().usage().completionTokens(), "the running generation finishes whole");
            closing.get();
        }
    }

    @Test
    void concurrentRequestsGetTheirOwnAnswers() throws Exception {
        List<ChatRequest> requests = List.of(greedy(12),
                ChatRequest.of(List.of(ChatMessage.user("What is the probability of rolling a six?")))
                        .withTemperature(0.0).withMaxTokens(12),
                greedy(5), QUESTION.withTemperature(0.0).withMaxTokens(12).withN(2));
        try (DjlChatModel model = open(true, "concurrency", 4)) {
            List<String> sequential = requests.stream().map(r -> texts(model.complete(r)).toString()).toList();
            try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                for (int round = 0; round < 3; round++) {
                    List<java.util.concurrent.Future<String>> futures = requests.stream()
                            .map(r -> executor.submit(() -> texts(model.complete(r)).toString())).toList();
                    for (int i = 0; i < requests.size(); i++) {
                        assertEquals(sequential.get(i), futures.get(i).get(), "request " + i);
                    }
                }
            }
        }
    }

    private static List<String> texts(ChatResponse response) {
        return response.choices().stream().map(ChatChoice::content).collect(Collectors.toList());
    }

    static void copyModel(Path target) throws IOException {
        Path source = TinyModelExporter.exportOnce();
        try (var files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }

    private static String readTokenizer() {
        try {
            return Files.readString(TinyModelExporter.exportOnce().resolve("tokenizer.json"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long specialId(String tokenizerJson, String token) {
        var added = com.google.gson.JsonParser.parseString(tokenizerJson).getAsJsonObject().getAsJsonArray("added_tokens");
        for (var t : added) {
            if (t.getAsJsonObject().get("content").getAsString().equals(token)) {
                return t.getAsJsonObject().get("id").getAsLong();
            }
        }
        throw new AssertionError(token);
    }
}
