package io.logicminer.logicnet;

import static io.logicminer.logicnet.AxonFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.logicminer.bittensor.axon.AxonServer;
import io.logicminer.bittensor.axon.ValidatorIdentity;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.dendrite.AxonTarget;
import io.logicminer.bittensor.dendrite.Dendrite;
import io.logicminer.bittensor.dendrite.DendriteResult;
import io.logicminer.bittensor.policy.MinerPolicy;
import io.logicminer.bittensor.synapse.BodyHash;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AxonServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** Own threads: the common pool may have a single thread on a small machine and would serialise the calls. */
    private static final java.util.concurrent.ExecutorService THREADS =
        java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicReference<ValidatorIdentity> asked = new AtomicReference<>();
    private final AtomicReference<Duration> budget = new AtomicReference<>();
    private final LogicHandler echo = (question, b, who) -> {
        asked.set(who);
        budget.set(b);
        return new LogicAnswer("reasoned about: " + question.question(), "42");
    };
    private AxonServer axon;

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.close();
        }
    }

    private static Synapse question(String text) {
        return LogicSynapse.question(text, "Logic", 20, "task-1").toSynapse();
    }

    @Test
    void signedLogicSynapseIsAnsweredWithTheSdkStatusHeaders() {
        axon = start(config().build(), echo);
        DendriteResult result = dendrite(VALIDATOR).call(target(axon), question("What is 6*7?"), TIMEOUT);

        assertEquals(200, result.statusCode(), result.statusMessage());
        assertEquals("Success", result.statusMessage());
        LogicSynapse answered = LogicSynapse.from(result.synapse());
        assertEquals("42", answered.logicAnswer().asText());
        assertEquals("reasoned about: What is 6*7?", answered.logicReasoning());
        assertEquals(new ValidatorIdentity(1, VALIDATOR.ss58Address(), 20_000), asked.get());
        assertTrue(budget.get().compareTo(Duration.ofSeconds(19)) <= 0, "budget keeps the 1 s margin: " + budget);
        assertNotNull(result.synapse().axon().processTime());
        assertEquals(BodyHash.EMPTY, result.synapse().computedBodyHash());
    }

    @Test
    void responseCarriesSynapseJsonAndAxonHeaders() throws Exception {
        axon = start(config().build(), echo);
        Synapse prepared = dendrite(VALIDATOR).prepare(target(axon), question("q"), TIMEOUT);
        Raw raw = post(axon, prepared);

        assertEquals(200, raw.status(), raw.body());
        assertEquals("200", raw.header("bt_header_axon_status_code"));
        assertEquals("Success", raw.header("bt_header_axon_status_message"));
        assertNotNull(raw.header("bt_header_axon_process_time"));
        assertEquals(VALIDATOR.ss58Address(), raw.header("bt_header_dendrite_hotkey"));
        assertEquals("LogicSynapse", raw.header("name"));
        assertEquals("20", raw.header("timeout"));
        assertEquals(BodyHash.EMPTY, raw.header("computed_body_hash"));
        JsonNode body = SynapseJson.mapper().readTree(raw.body());
        assertEquals("42", body.get("logic_answer").asText());
        assertEquals(20, body.get("timeout").asInt());
        assertTrue(body.get("timeout").isIntegralNumber(), "LogicSynapse.timeout is an int");
        assertEquals(200, body.get("axon").get("status_code").asInt());
    }

    @Test
    void informationIsAnsweredEvenForAStrangerButMustBeSigned() throws Exception {
        axon = start(config().build(), echo);
        DendriteResult result = dendrite(STRANGER).call(target(axon), Synapse.empty(InformationSynapse.KIND),
            TIMEOUT);
        assertEquals(200, result.statusCode(), result.statusMessage());
        JsonNode info = InformationSynapse.from(result.synapse()).responseDict();
        assertEquals(50, info.get("epoch_volume").asInt());
        assertEquals("Logic", info.get("category").asText());

        Synapse unsigned = dendrite(STRANGER).prepare(target(axon), Synapse.empty(InformationSynapse.KIND), TIMEOUT);
        Raw raw = post(axon, unsigned, null, Map.of("bt_header_dendrite_signature", ""));
        assertEquals(401, raw.status(), raw.body());
    }

    @Test
    void informationReportsTheConfiguredEpochVolume() {
        MinerPolicy committed = new MinerPolicy(10_000, true, 512, Duration.ofSeconds(600), 2, 80, "Logic");
        axon = start(config().policy(committed).build(), echo);
        DendriteResult result = dendrite(STRANGER).call(target(axon), Synapse.empty(InformationSynapse.KIND),
            TIMEOUT);
        assertEquals(200, result.statusCode(), result.statusMessage());
        assertEquals(512, InformationSynapse.from(result.synapse()).responseDict().get("epoch_volume").asInt());
    }

    @Test
    void emptyOrMissingSignatureIsRejected() throws Exception {
        axon = start(config().build(), echo);
        Synapse prepared = dendrite(VALIDATOR).prepare(target(axon), question("q"), TIMEOUT);
        Raw empty = post(axon, prepared, null, Map.of("bt_header_dendrite_signature", ""));
        assertEquals(401, empty.status());
        assertTrue(empty.body().contains("missing signature"), empty.body());
        assertEquals("401", empty.header("bt_header_axon_status_code"));

        Synapse second = dendrite(VALIDATOR).prepare(target(axon), question("q"), TIMEOUT);
        Map<String, String> remove = new HashMap<>();
        remove.put("bt_header_dendrite_signature", null);
        assertEquals(401, post(axon, second, null, remove).status());
        assertEquals(2, axon.metrics().verifyFailures("missing_signature"));
    }

    @Test
    void requestForAnotherAxonHotkeyIsRejected() {
        axon = start(config().build(), echo);
        AxonTarget elsewhere = new AxonTarget("127.0.0.1", axon.port(), RICH.ss58Address());
        DendriteResult result = dendrite(VALIDATOR).call(elsewhere, question("q"), TIMEOUT);
        assertEquals(401, result.statusCode());
        assertTrue(result.statusMessage().contains("addressed to axon hotkey"), result.statusMessage());
    }

    @Test
    void forgedSignatureIsRejected() throws Exception {
        axon = start(config().build(), echo);
        Synapse prepared = dendrite(VALIDATOR).prepare(target(axon), question("q"), TIMEOUT);
        Synapse byOther = dendrite(RICH).prepare(target(axon), question("q"), TIMEOUT);
        Raw raw = post(axon, prepared, null, Map.of("bt_header_dendrite_signature",
            byOther.dendrite().signature()));
        assertEquals(401, raw.status());
        assertTrue(raw.body().contains("Signature mismatch"), raw.body());
    }

    @Test
    void staleFirstNonceIsRejected() {
        axon = start(config().build(), echo);
        Dendrite late = dendrite(VALIDATOR, () -> System.currentTimeMillis() * 1_000_000L - 60_000_000_000L);
        DendriteResult result = late.call(target(axon), question("q"), Duration.ofSeconds(10));
        assertEquals(401, result.statusCode());
        assertTrue(result.statusMessage().contains("Nonce is too old"), result.statusMessage());
    }

    @Test
    void replayedRequestIsRejected() throws Exception {
        axon = start(config().build(), echo);
        Synapse prepared = dendrite(VALIDATOR).prepare(target(axon), question("q"), TIMEOUT);
        assertEquals(200, post(axon, prepared).status());
        for (int i = 0; i < 50; i++) {
            Raw replay = post(axon, prepared);
            assertEquals(401, replay.status());
            assertTrue(replay.body().contains("a newer one was last processed"), replay.body());
        }
        assertEquals(1, axon.pipeline().verifier().nonceStoreSizes()[0]);
    }

    @Test
    void blacklistRejectsUnknownPoorAndPermitless() {
        axon = start(config().build(), echo);
        assertBlacklisted(STRANGER, "Unrecognized hotkey");
        assertBlacklisted(POOR, "Not enough stake");
        assertBlacklisted(NO_PERMIT, "No validator permit");
    }

    private void assertBlacklisted(Sr25519Keypair who, String reason) {
        DendriteResult result = dendrite(who).call(target(axon), question("q"), TIMEOUT);
        assertEquals(403, result.statusCode(), result.statusMessage());
        assertEquals("Forbidden. Key is blacklisted: " + reason + ".", result.statusMessage());
    }

    @Test
    void permitRequirementCanBeSwitchedOff() {
        MinerPolicy policy = new MinerPolicy(10_000, false, 50, Duration.ofSeconds(600), 2, 80, "Logic");
        axon = start(config().policy(policy).build(), echo);
        assertEquals(200, dendrite(NO_PERMIT).call(target(axon), question("q"), TIMEOUT).statusCode());
    }

    @Test
    void validatorOverItsVolumeIsRejectedAfterItsShare() {
        MinerPolicy tiny = new MinerPolicy(10_000, true, 0, Duration.ofSeconds(600), 2, 80, "Logic");
        axon = start(config().policy(tiny).build(), echo);
        Dendrite validator = dendrite(VALIDATOR);
        assertEquals(200, validator.call(target(axon), question("1"), TIMEOUT).statusCode());
        assertEquals(200, validator.call(target(axon), question("2"), TIMEOUT).statusCode());
        DendriteResult third = validator.call(target(axon), question("3"), TIMEOUT);
        assertEquals(403, third.statusCode());
        assertEquals("Forbidden. Key is blacklisted: Limit exceeded.", third.statusMessage());
    }

    @Test
    void forgedRequestsDoNotSpendAValidatorsVolume() throws Exception {
        MinerPolicy tiny = new MinerPolicy(10_000, true, 0, Duration.ofSeconds(600), 2, 80, "Logic");
        axon = start(config().policy(tiny).build(), echo);
        for (int i = 0; i < 5; i++) {
            Synapse prepared = dendrite(VALIDATOR).prepare(target(axon), question("q"), TIMEOUT);
            assertEquals(401, post(axon, prepared, null, Map.of("bt_header_dendrite_signature", "0x" + "ab".repeat(64)))
                .status());
        }
        assertEquals(200, dendrite(VALIDATOR).call(target(axon), question("q"), TIMEOUT).statusCode());
    }

    @Test
    void bodyOverTheLimitIs413() {
        axon = start(config().maxBodyBytes(2048).build(), echo);
        DendriteResult result = dendrite(VALIDATOR).call(target(axon), question("x".repeat(4096)), TIMEOUT);
        assertEquals(413, result.statusCode(), result.statusMessage());
    }

    @Test
    void twelveMibBodyAtTheDefaultOneMibLimitIs413() {
        axon = start(config().build(), echo);
        DendriteResult result = dendrite(VALIDATOR).call(target(axon), question("x".repeat(12 * 1024 * 1024)),
            TIMEOUT);
        assertEquals(413, result.statusCode(), result.statusMessage());
    }

    @Test
    void malformedBodiesGetTheSdkStatuses() throws Exception {
        axon = start(config().build(), echo);
        Synapse a = dendrite(VALIDATOR).prepare(target(axon), question("q"), TIMEOUT);
        Raw notJson = post(axon, a, "{not json".getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(422, notJson.status(), notJson.body());
        assertTrue(notJson.body().contains("json_invalid"));

        Synapse b = dendrite(VALIDATOR).prepare(target(axon), question("q"), TIMEOUT);
        Raw wrongType = post(axon, b, "{\"logic_question\": 7}".getBytes(StandardCharsets.UTF_8), Map.of());
        // The SDK answers 500 for a body that fails pydantic validation; this axon answers 400 naming the field.
        assertEquals(400, wrongType.status());
        assertTrue(wrongType.body().contains("'logic_question' must be a string"), wrongType.body());

        Synapse c = dendrite(VALIDATOR).prepare(target(axon), question("q"), TIMEOUT);
        Raw badHeader = post(axon, c, null, Map.of("timeout", "soon"));
        assertEquals(400, badHeader.status(), "the SDK's SynapseParsingError status");
        assertTrue(badHeader.body().contains("header 'timeout'"), badHeader.body());
    }

    @Test
    void bodyHashMismatchIs500() throws Exception {
        axon = start(config().build(), echo);
        Dendrite dendrite = dendrite(VALIDATOR);
        Synapse prepared = dendrite.prepare(target(axon), question("q"), TIMEOUT);
        // Re-sign with a different body hash so the signature holds but the hash does not match the body.
        String hash = "00".repeat(32);
        String message = prepared.dendrite().nonce() + "." + VALIDATOR.ss58Address() + "." + MINER.ss58Address()
            + "." + prepared.dendrite().uuid() + "." + hash;
        String signature = io.logicminer.bittensor.crypto.Hex.encodePrefixed(
            VALIDATOR.sign(message.getBytes(StandardCharsets.UTF_8)));
        Raw raw = post(axon, prepared, null, Map.of("computed_body_hash", hash,
            "bt_header_dendrite_signature", signature));
        assertEquals(500, raw.status(), raw.body());
        assertTrue(raw.body().contains("Hash mismatch"), raw.body());
    }

    @Test
    void unknownSynapseIs404() throws Exception {
        axon = start(config().build(), echo);
        okhttp3.Request request = new okhttp3.Request.Builder().url("http://127.0.0.1:" + axon.port() + "/Nope")
            .post(okhttp3.RequestBody.create(new byte[0])).build();
        try (okhttp3.Response response = HTTP.newCall(request).execute()) {
            assertEquals(404, response.code());
            String body = response.body().string();
            assertTrue(body.contains("Synapse name 'Nope' not found. Available synapses ['Synapse', 'LogicSynapse',"
                + " 'Information']"), body);
        }
    }

    @Test
    void fullQueueAnswers503AtOnce() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LogicHandler blocking = (q, b, who) -> {
            started.countDown();
            release.await();
            return new LogicAnswer("r", "done");
        };
        axon = start(config().maxConcurrent(1).queueCapacity(0).build(), blocking);
        CompletableFuture<DendriteResult> first = CompletableFuture.supplyAsync(
            () -> dendrite(VALIDATOR).call(target(axon), question("first"), TIMEOUT), THREADS);
        started.await();
        DendriteResult second = dendrite(RICH).call(target(axon), question("second"), TIMEOUT);
        assertEquals(503, second.statusCode(), second.statusMessage());
        release.countDown();
        assertEquals(200, first.get().statusCode());
        assertEquals("done", LogicSynapse.from(first.get().synapse()).logicAnswer().asText());
    }

    @Test
    void handlerThatOverrunsStillGetsAnAnswerBackBeforeTheTimeout() {
        LogicHandler stuck = (q, b, who) -> {
            new CountDownLatch(1).await();
            return new LogicAnswer("never", "never");
        };
        axon = start(config().deadlineMargin(Duration.ofMillis(500)).build(), stuck);
        DendriteResult result = dendrite(VALIDATOR).call(target(axon),
            LogicSynapse.question("q", "Logic", 2, "t").toSynapse(), Duration.ofSeconds(2));
        assertEquals(200, result.statusCode(), result.statusMessage());
        assertEquals("", LogicSynapse.from(result.synapse()).logicAnswer().asText());
    }

    /** A handler that never answers in time, with a reply of its own for that case. */
    private static final class StuckWithAFallback implements LogicHandler {
        final AtomicReference<String> outcome = new AtomicReference<>();

        @Override
        public LogicAnswer answer(LogicQuestion question, Duration budget, ValidatorIdentity who)
                throws InterruptedException {
            new CountDownLatch(1).await();
            return new LogicAnswer("never", "never");
        }

        @Override
        public LogicAnswer unanswered(LogicQuestion question, String why) {
            outcome.set(why);
            return new LogicAnswer("no time to reason about: " + question.question(), "unknown", why);
        }
    }

    @Test
    void aHandlerThatOverrunsIsAnsweredWithItsUnansweredReply() {
        StuckWithAFallback stuck = new StuckWithAFallback();
        axon = start(config().deadlineMargin(Duration.ofMillis(500)).build(), stuck);
        DendriteResult result = dendrite(VALIDATOR).call(target(axon),
            LogicSynapse.question("6*7?", "Logic", 2, "t").toSynapse(), Duration.ofSeconds(2));
        assertEquals(200, result.statusCode(), result.statusMessage());
        LogicSynapse answered = LogicSynapse.from(result.synapse());
        assertEquals("unknown", answered.logicAnswer().asText());
        assertEquals("no time to reason about: 6*7?", answered.logicReasoning());
        assertEquals("timed_out", stuck.outcome.get());
    }

    @Test
    void aHandlerThatThrowsOrReturnsNothingIsAnsweredWithItsUnansweredReply() {
        for (boolean throwing : new boolean[] {true, false}) {
            AtomicReference<String> outcome = new AtomicReference<>();
            LogicHandler broken = new LogicHandler() {
                @Override
                public LogicAnswer answer(LogicQuestion q, Duration b, ValidatorIdentity who) {
                    if (throwing) {
                        throw new IllegalStateException("solver bug");
                    }
                    return null;
                }

                @Override
                public LogicAnswer unanswered(LogicQuestion q, String why) {
                    outcome.set(why);
                    return new LogicAnswer("r", "fallback answer", why);
                }
            };
            axon = start(config().build(), broken);
            DendriteResult result = dendrite(VALIDATOR).call(target(axon), question("q"), TIMEOUT);
            assertEquals(200, result.statusCode(), result.statusMessage());
            assertEquals("fallback answer", LogicSynapse.from(result.synapse()).logicAnswer().asText());
            assertEquals(throwing ? "handler_error" : "empty", outcome.get());
            axon.close();
            axon = null;
        }
    }

    @Test
    void metricsAreExposedInPrometheusTextFormat() throws Exception {
        axon = start(config().build(), echo);
        dendrite(VALIDATOR).call(target(axon), question("q"), TIMEOUT);
        dendrite(STRANGER).call(target(axon), question("q"), TIMEOUT);
        try (io.prometheus.metrics.exporter.httpserver.HTTPServer server =
                 io.prometheus.metrics.exporter.httpserver.HTTPServer.builder().hostname("127.0.0.1").port(0)
                     .registry(axon.metrics().registry()).buildAndStart()) {
            okhttp3.Request request = new okhttp3.Request.Builder()
                .url("http://127.0.0.1:" + server.getPort() + "/metrics").build();
            try (okhttp3.Response response = HTTP.newCall(request).execute()) {
                assertEquals(200, response.code());
                assertTrue(response.header("Content-Type").startsWith("text/plain; version=0.0.4"));
                String text = response.body().string();
                assertTrue(text.contains("logicminer_axon_requests_total{outcome=\"answered\",status=\"200\","
                    + "synapse=\"LogicSynapse\",uid=\"1\"} 1"), text);
                assertTrue(text.contains("logicminer_axon_requests_total{outcome=\"blacklisted\",status=\"403\","
                    + "synapse=\"LogicSynapse\",uid=\"-\"} 1"), text);
                assertTrue(text.contains("logicminer_axon_solve_seconds_count 1"), text);
                assertTrue(text.contains("logicminer_axon_queue_depth 0"), text);
                assertTrue(text.contains("logicminer_axon_request_seconds_count{synapse=\"LogicSynapse\"} 2"), text);
            }
        }
    }

    @Test
    void closeLetsInFlightRequestsFinish() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LogicHandler blocking = (q, b, who) -> {
            started.countDown();
            release.await();
            return new LogicAnswer("r", "finished");
        };
        axon = start(config().build(), blocking);
        CompletableFuture<DendriteResult> inFlight = CompletableFuture.supplyAsync(
            () -> dendrite(VALIDATOR).call(target(axon), question("q"), TIMEOUT), THREADS);
        started.await();
        CountDownLatch stopping = new CountDownLatch(1);
        axon.onStopping(stopping::countDown);
        AxonServer closing = axon;
        int port = closing.port();
        axon = null;
        CompletableFuture<Void> closed = CompletableFuture.runAsync(closing::close, THREADS);
        stopping.await();
        release.countDown();
        DendriteResult result = inFlight.get();
        closed.get();
        assertEquals(200, result.statusCode(), result.statusMessage());
        assertEquals("finished", LogicSynapse.from(result.synapse()).logicAnswer().asText());
        assertEquals(503, dendrite(VALIDATOR).call(new AxonTarget("127.0.0.1", port,
            MINER.ss58Address()), question("q"), TIMEOUT).statusCode(), "connection refused after close");
    }
}
