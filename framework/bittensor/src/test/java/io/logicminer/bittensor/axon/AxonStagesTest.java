package io.logicminer.bittensor.axon;

import static io.logicminer.bittensor.axon.AxonStageFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import io.logicminer.bittensor.dendrite.AxonTarget;
import io.logicminer.bittensor.metagraph.FixedMetagraphSource;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseHeaders;
import io.logicminer.bittensor.synapse.SynapseJson;
import io.logicminer.bittensor.testing.EchoSynapse;
import io.logicminer.bittensor.verification.NonceClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Each stage alone, with a stub for the rest of the chain: no HTTP, no other stage. */
class AxonStagesTest {

    private static final AxonConfig CONFIG = config().build();
    private static final AxonTarget TARGET = new AxonTarget("127.0.0.1", 8091, MINER.ss58Address());

    /** The rest of the chain: records that it ran and answers a fixed response. */
    private static final class Rest implements AxonStage.Chain {
        final AxonExchange exchange;
        final AtomicBoolean ran = new AtomicBoolean();

        Rest(AxonExchange exchange) {
            this.exchange = exchange;
        }

        @Override
        public AxonExchange exchange() {
            return exchange;
        }

        @Override
        public AxonResponse proceed() {
            ran.set(true);
            return new AxonResponse(299, Map.of(), new byte[0], exchange.synapseName(), -1, "rest");
        }
    }

    private static AxonRequest request(String path, Synapse synapse, Map<String, String> overrides) {
        Map<String, String> headers = new HashMap<>(SynapseHeaders.toHeaders(synapse));
        headers.putAll(overrides);
        byte[] body = SynapseJson.toBytes(synapse);
        return new AxonRequest(path, headers::get, body.length, max -> body, "127.0.0.1", 40_000, System.nanoTime());
    }

    private static RouteStage routeStage() {
        Map<String, AxonRoute> routes = new LinkedHashMap<>();
        for (AxonRoute route : routes(1000)) {
            routes.put(route.kind().name(), route);
        }
        return new RouteStage(routes, CONFIG, new FixedMetagraphSource(metagraph()), NonceClock.SYSTEM);
    }

    private static Synapse signedQuestion(String text) {
        return dendrite(VALIDATOR).prepare(TARGET, EchoSynapse.of(text, 20), Duration.ofSeconds(20));
    }

    @Test
    void routeStageFindsTheRouteTheCallerAndTheDeadline() throws Exception {
        Rest rest = new Rest(new AxonExchange(request("/EchoSynapse", signedQuestion("q"), Map.of())));
        assertEquals(299, routeStage().intercept(rest).status());
        assertTrue(rest.ran.get());
        assertEquals("EchoSynapse", rest.exchange.synapseName());
        assertEquals(1, rest.exchange.neuron().uid());
        assertEquals(20.0, rest.exchange.timeoutSeconds());
        assertEquals(100, rest.exchange.headers().axon().statusCode());
        assertTrue(rest.exchange.deadlineNanos() > rest.exchange.request().startNanos());
    }

    @Test
    void routeStageRefusesUnknownRoutesBadHeadersAndNonPositiveTimeouts() {
        for (Object[] c : List.of(
            new Object[] {"/Nope", Map.of(), 404, "unknown_synapse"},
            new Object[] {"/EchoSynapse", Map.of("timeout", "0"), 400, "bad_timeout"},
            new Object[] {"/EchoSynapse", Map.of("timeout", "soon"), 400, "bad_header"},
            new Object[] {"/EchoSynapse", Map.of("bt_header_dendrite_port", "99999999999"), 400, "bad_header"})) {
            @SuppressWarnings("unchecked")
            Rest rest = new Rest(new AxonExchange(request((String) c[0], signedQuestion("q"),
                (Map<String, String>) c[1])));
            AxonRejection rejection = assertThrows(AxonRejection.class, () -> routeStage().intercept(rest));
            assertEquals(c[2], rejection.status(), rejection.getMessage());
            assertEquals(c[3], rejection.outcome());
            assertFalse(rest.ran.get(), "the rest of the chain never runs");
        }
    }

    @Test
    void bodyStageAppliesTheRouteHandlersAdmissionCapBeforeAnythingElseRuns() throws Exception {
        AxonConfig small = config().build();
        RouteStage route = new RouteStage(Map.of("EchoSynapse", routes(100).get(1)), small,
            new FixedMetagraphSource(metagraph()), NonceClock.SYSTEM);
        BodyStage body = new BodyStage(small.maxBodyBytes());
        Rest rest = new Rest(new AxonExchange(request("/EchoSynapse", signedQuestion("x".repeat(101)), Map.of())));
        AxonRejection rejection = assertThrows(AxonRejection.class, () -> route.intercept(new AxonStage.Chain() {
            @Override
            public AxonExchange exchange() {
                return rest.exchange;
            }

            @Override
            public AxonResponse proceed() throws AxonRejection {
                return body.intercept(rest);
            }
        }));
        assertEquals(413, rejection.status());
        assertEquals("text_too_large", rejection.outcome());
        assertFalse(rest.ran.get());
    }

    @Test
    void watchdogInterruptsOnlyAnOverrunningHandlerAndClearsItsInterrupt() throws Exception {
        try (SolveWatchdog watchdog = new SolveWatchdog()) {
            SolveWatchdog.Guard quick = watchdog.arm(Duration.ofSeconds(30).toNanos());
            assertFalse(quick.disarm());
            assertFalse(Thread.currentThread().isInterrupted());

            SolveWatchdog.Guard late = watchdog.arm(1_000_000);
            assertThrows(InterruptedException.class, () -> new java.util.concurrent.CountDownLatch(1).await());
            assertTrue(late.disarm());
            assertFalse(Thread.currentThread().isInterrupted(), "no interrupt leaks into the reply's writing");
        }
    }
}
