package io.logicminer.app.mining;

import io.logicminer.subtensor.serving.AxonAddress;
import io.logicminer.subtensor.serving.AxonPublisher;
import io.logicminer.subtensor.serving.PublishOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The miner's one serve_axon per start: at once when the chain answers, else after the first metagraph sync. A
 * failure is logged and the miner keeps serving (validators that already know the address still reach it; the
 * operator fixes the cause and restarts).
 */
final class AxonPublication {

    private static final Logger LOG = LoggerFactory.getLogger(AxonPublication.class);

    private final AxonPublisher publisher;
    private final int netuid;
    private final AxonAddress address;
    private final int port;
    private final long version;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile PublishOutcome outcome;

    AxonPublication(AxonPublisher publisher, int netuid, AxonAddress address, int port, long version) {
        this.publisher = publisher;
        this.netuid = netuid;
        this.address = address;
        this.port = port;
        this.version = version;
    }

    void publishOnce() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        PublishOutcome result = publisher.publish(netuid, address, port, version);
        if (result.ok()) {
            LOG.info("{}", result.message());
        } else {
            LOG.error("{}", result.message());
        }
        outcome = result;
    }

    Optional<PublishOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }
}
