package io.logicminer.subtensor.serving;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.subtensor.chain.ExtrinsicOutcome;
import io.logicminer.subtensor.chain.InMemorySubtensor;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AxonPublisherTest {

    private final Sr25519Keypair alice = Sr25519Keypair.fromUri("//Alice");
    private final InMemorySubtensor chain = new InMemorySubtensor();
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final AxonPublisher publisher = new AxonPublisher(chain, alice, Duration.ofSeconds(5), registry);

    @Test
    void publishesOnceThenFindsTheChainUpToDate() {
        PublishOutcome first = publisher.publish(35, AxonAddress.parse("203.0.113.7"), 8091, 9_000_000);
        assertEquals(PublishOutcome.Status.PUBLISHED, first.status(), first.message());
        assertEquals(1, chain.served.size());
        assertEquals(4, chain.served.get(0).ipType());
        assertEquals(AxonPublisher.PROTOCOL, chain.served.get(0).protocol());

        PublishOutcome again = publisher.publish(35, AxonAddress.parse("203.0.113.7"), 8091, 9_000_000);
        assertEquals(PublishOutcome.Status.UNCHANGED, again.status());
        assertEquals(1, chain.served.size(), "no second extrinsic when the chain already holds the address");

        PublishOutcome moved = publisher.publish(35, AxonAddress.parse("203.0.113.7"), 8092, 9_000_000);
        assertEquals(PublishOutcome.Status.PUBLISHED, moved.status());
        assertEquals(2, chain.served.size(), "a new port is published");
        assertEquals(1.0, count("unchanged"));
        assertEquals(2.0, count("published"));
    }

    @Test
    void aModuleErrorIsReportedByNameAndDocs() {
        chain.nextOutcome = ExtrinsicOutcome.failed("0xabc", "ServingRateLimitExceeded",
                "SubtensorModule.ServingRateLimitExceeded: Axon serving rate limit exceeded.");
        PublishOutcome outcome = publisher.publish(35, AxonAddress.parse("2001:db8::1"), 8091, 9_000_000);
        assertEquals(PublishOutcome.Status.FAILED, outcome.status());
        assertTrue(outcome.message().contains("ServingRateLimitExceeded"), outcome.message());
        assertTrue(outcome.message().contains("[2001:db8::1]:8091"), outcome.message());
        assertEquals(6, chain.served.get(0).ipType());
        assertEquals(1.0, count("failed"));
    }

    @Test
    void anUnreachableChainIsAFailureNotACrash() {
        chain.down = true;
        PublishOutcome outcome = publisher.publish(35, AxonAddress.parse("203.0.113.7"), 8091, 9_000_000);
        assertEquals(PublishOutcome.Status.FAILED, outcome.status());
        assertTrue(outcome.message().contains("connection refused"), outcome.message());
    }

    private double count(String outcome) {
        for (var s : registry.scrape().stream().toList()) {
            if (s instanceof CounterSnapshot c && c.getMetadata().getName().equals("logicminer_serve_axon")) {
                for (var d : c.getDataPoints()) {
                    if (outcome.equals(d.getLabels().get("outcome"))) {
                        return d.getValue();
                    }
                }
            }
        }
        return 0;
    }
}
