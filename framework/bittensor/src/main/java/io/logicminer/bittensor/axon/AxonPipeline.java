package io.logicminer.bittensor.axon;

import io.logicminer.bittensor.metagraph.MetagraphSource;
import io.logicminer.bittensor.metrics.AxonMetrics;
import io.logicminer.bittensor.policy.HotkeyRateLimiter;
import io.logicminer.bittensor.policy.VolumePlan;
import io.logicminer.bittensor.verification.HotkeySignatureVerifier;
import io.logicminer.bittensor.verification.NonceClock;
import io.logicminer.bittensor.verification.RequestSigner;
import io.logicminer.bittensor.verification.RequestVerifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The axon's request path, independent of the HTTP server: the {@link AxonStage}s {@link RouteStage} → {@link
 * AdmissionStage} → {@link BodyStage} → {@link SolveStage} → {@link ResponseStage}. Whatever a request's fate — an
 * answer, a rejection, a bug — it gets a JSON reply in the SDK's shape, one log line on {@code io.logicminer.axon}
 * and a count in the metrics.
 */
public final class AxonPipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("io.logicminer.axon");

    private final AxonMetrics metrics;
    private final List<AxonStage> stages;
    private final AdmissionStage admission;
    private final SolveScheduler scheduler;
    private final SolveWatchdog watchdog = new SolveWatchdog();
    private final ErrorResponses errors;
    private final String hotkey;

    public AxonPipeline(AxonConfig config, RequestSigner signer, HotkeySignatureVerifier signatures,
                        MetagraphSource metagraph, List<AxonRoute> routes, NonceClock clock, AxonMetrics metrics) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(signer, "signer");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.hotkey = signer.hotkey();
        Map<String, AxonRoute> byName = new LinkedHashMap<>();
        for (AxonRoute route : routes) {
            if (byName.put(route.kind().name(), route) != null) {
                throw new IllegalArgumentException("two routes for synapse " + route.kind().name());
            }
        }
        RequestVerifier verifier = new RequestVerifier(signer.hotkey(), signatures, clock,
            config.maxTimeout().toMillis() / 1000.0, config.nonceFutureTolerance().toMillis() / 1000.0,
            config.noncesPerHotkey(), config.strangerNonceCapacity());
        HotkeyRateLimiter openRate = new HotkeyRateLimiter(config.informationRate(), config.informationBurst(),
            config.strangerNonceCapacity() + 4_096);
        this.scheduler = new SolveScheduler(config.maxConcurrent(), config.queueCapacity(),
            config.minSolveBudget().toNanos(), config.initialSolveTime().toNanos());
        this.admission = new AdmissionStage(config.policy(), metagraph, verifier, openRate, metrics);
        this.stages = List.of(
            new RouteStage(byName, config, metagraph, clock),
            admission,
            new BodyStage(config.maxBodyBytes()),
            new SolveStage(scheduler, watchdog, config, metrics),
            new ResponseStage());
        this.errors = new ErrorResponses(signer);
        metrics.bindScheduler(scheduler::queued, scheduler::running, scheduler::expectedWaitSeconds,
            scheduler::solveSeconds);
        metrics.bindNonceStores(() -> verifier.nonceStoreSizes()[0], () -> verifier.nonceStoreSizes()[1]);
    }

    /** This axon's hotkey. */
    public String hotkey() {
        return hotkey;
    }

    /** The verifier (its nonce stores are observable in tests). */
    public RequestVerifier verifier() {
        return admission.verifier();
    }

    /** The volume plan for the current metagraph. */
    public VolumePlan volumePlan() {
        return admission.volumePlan();
    }

    /** Requests waiting for a solve slot. */
    public int queued() {
        return scheduler.queued();
    }

    /** Handles one request: runs the stages, renders a rejection, records the metrics and logs one line. */
    public AxonResponse handle(AxonRequest request) {
        AxonExchange exchange = new AxonExchange(request);
        AxonResponse response;
        try {
            response = new StageChain(stages, 0, exchange).proceed();
        } catch (AxonRejection rejection) {
            response = errors.rejection(exchange, rejection);
        } catch (RuntimeException e) {
            response = errors.internal(exchange, e);
        }
        record(request, response);
        return response;
    }

    private void record(AxonRequest request, AxonResponse response) {
        double seconds = (System.nanoTime() - request.startNanos()) / 1e9;
        String uid = response.uid() < 0 ? "-" : Integer.toString(response.uid());
        metrics.request(response.synapse(), response.status(), response.outcome(), uid, seconds);
        if (LOG.isInfoEnabled()) {
            LOG.info("axon {} uid={} status={} {} {}ms from {}", response.synapse(), uid, response.status(),
                response.outcome(), String.format("%.1f", seconds * 1000), request.remoteIp());
        }
    }

    /** Stops the deadline guard. */
    @Override
    public void close() {
        watchdog.close();
    }

    /** The chain as one stage sees it: the stages after it. */
    private record StageChain(List<AxonStage> stages, int index, AxonExchange exchange) implements AxonStage.Chain {
        @Override
        public AxonResponse proceed() throws AxonRejection {
            return stages.get(index).intercept(new StageChain(stages, index + 1, exchange));
        }
    }
}
