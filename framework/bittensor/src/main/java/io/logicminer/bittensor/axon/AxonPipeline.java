package io.logicminer.bittensor.axon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.bittensor.crypto.Hex;
import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.bittensor.metagraph.MetagraphSource;
import io.logicminer.bittensor.metagraph.Neuron;
import io.logicminer.bittensor.metrics.AxonMetrics;
import io.logicminer.bittensor.policy.Blacklist;
import io.logicminer.bittensor.policy.VolumeLimiter;
import io.logicminer.bittensor.policy.VolumePlan;
import io.logicminer.bittensor.synapse.InformationSynapse;
import io.logicminer.bittensor.synapse.LogicSynapse;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseFormatException;
import io.logicminer.bittensor.synapse.SynapseHeaders;
import io.logicminer.bittensor.synapse.SynapseJson;
import io.logicminer.bittensor.synapse.SynapseKind;
import io.logicminer.bittensor.synapse.TerminalInfo;
import io.logicminer.bittensor.verification.HotkeySignatureVerifier;
import io.logicminer.bittensor.verification.NonceClock;
import io.logicminer.bittensor.verification.RequestSigner;
import io.logicminer.bittensor.verification.RequestVerifier;
import io.logicminer.bittensor.verification.VerificationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The axon's request path, independent of the HTTP server: route → headers → blacklist (metagraph lookups) →
 * signature and nonce → volume → body and body hash → priority queue → handler → response. Each failure gets the
 * status the Bittensor SDK's axon returns for it (see {@link AxonRejection}).
 *
 * <p>Routes: {@code LogicSynapse} (blacklisted, volume-limited, solved by the {@link LogicHandler}), {@code
 * Information} (never blacklisted, still verified, answers the miner info) and the SDK's ping route {@code Synapse}.
 */
public final class AxonPipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("io.logicminer.axon");

    private final AxonConfig config;
    private final RequestSigner signer;
    private final MetagraphSource metagraph;
    private final LogicHandler handler;
    private final NonceClock clock;
    private final AxonMetrics metrics;
    private final RequestVerifier verifier;
    private final VolumeLimiter volume;
    private final SolveScheduler scheduler;
    private final ExecutorService solvers = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, SynapseKind> routes = new LinkedHashMap<>();
    private final String uuid = UUID.randomUUID().toString();
    private final ObjectNode minerInfo;
    private volatile PlanCache plan;

    private record PlanCache(Metagraph metagraph, VolumePlan plan) {
    }

    public AxonPipeline(AxonConfig config, RequestSigner signer, HotkeySignatureVerifier signatures,
                        MetagraphSource metagraph, LogicHandler handler, NonceClock clock, AxonMetrics metrics) {
        this.config = Objects.requireNonNull(config, "config");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.metagraph = Objects.requireNonNull(metagraph, "metagraph");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.verifier = new RequestVerifier(signer.hotkey(), signatures, clock,
            config.maxTimeout().toMillis() / 1000.0, config.nonceFutureTolerance().toMillis() / 1000.0,
            config.nonceCapacity(), config.strangerNonceCapacity());
        this.volume = new VolumeLimiter(config.policy().limitInterval());
        this.scheduler = new SolveScheduler(config.maxConcurrent(), config.queueCapacity());
        metrics.bindQueue(scheduler::queued, scheduler::running);
        for (SynapseKind kind : new SynapseKind[] {SynapseKind.PING, LogicSynapse.KIND, InformationSynapse.KIND}) {
            routes.put(kind.name(), kind);
        }
        this.minerInfo = InformationSynapse.minerInfo(config.policy().epochVolume(), config.policy().category());
    }

    /** This axon's hotkey. */
    public String hotkey() {
        return signer.hotkey();
    }

    /** The verifier (its nonce stores are observable in tests). */
    public RequestVerifier verifier() {
        return verifier;
    }

    /** The volume plan for the current metagraph. */
    public VolumePlan volumePlan() {
        Metagraph current = metagraph.current();
        PlanCache cached = plan;
        if (cached == null || cached.metagraph != current) {
            cached = new PlanCache(current, VolumePlan.of(current, config.policy()));
            plan = cached;
        }
        return cached.plan;
    }

    /** Handles one request and logs one line about it. */
    public AxonResponse handle(AxonRequest request) {
        AxonResponse response = process(request);
        long micros = (System.nanoTime() - request.startNanos()) / 1000;
        metrics.requests().inc(response.synapse(), Integer.toString(response.status()),
            response.uid() < 0 ? "-" : Integer.toString(response.uid()));
        if (LOG.isInfoEnabled()) {
            LOG.info("axon {} uid={} status={} {}ms {} from {}", response.synapse(),
                response.uid() < 0 ? "-" : response.uid(), response.status(),
                String.format("%.1f", micros / 1000.0), response.reason(), request.remoteIp());
        }
        return response;
    }

    private AxonResponse process(AxonRequest request) {
        String path = request.path() == null ? "" : request.path();
        String[] parts = path.split("/", -1);
        String name = parts.length > 1 ? parts[1] : "";
        SynapseKind kind = routes.get(name);
        if (kind == null) {
            Synapse bare = Synapse.empty(SynapseKind.PING).withName(null);
            return error(bare, null, 404, "unknown_synapse", "Synapse name '" + name + "' not found. Available"
                + " synapses " + pythonList(routes.keySet()), request, false, "unknown");
        }
        if (request.declaredLength() > config.maxBodyBytes()) {
            return error(Synapse.empty(kind), null, 413, "body_too_large", "request body of "
                + request.declaredLength() + " bytes exceeds axon.max_body_bytes = " + config.maxBodyBytes(),
                request, false, kind.name());
        }
        Synapse headers;
        try {
            headers = SynapseHeaders.fromHeaders(kind, request.header());
        } catch (SynapseFormatException e) {
            return error(Synapse.empty(kind), null, 500, "bad_header", internalError(e.getMessage()), request,
                false, kind.name());
        }
        headers = headers.withName(kind.name())
            .withAxon(headers.axon().withIdentity(config.bittensorVersion(), clock.nowNanos(), uuid,
                headers.axon().hotkey()).withStatus(100, null))
            .withDendrite(headers.dendrite().withAddress(request.remoteIp(), request.remotePort()));
        Neuron neuron = metagraph.current().byHotkey(headers.dendrite().hotkey());
        try {
            return serve(kind, headers, neuron, request);
        } catch (AxonRejection rejection) {
            return error(headers, neuron, rejection.status(), rejection.label(), rejection.getMessage(), request,
                neuron != null, kind.name());
        }
    }

    private AxonResponse serve(SynapseKind kind, Synapse headers, Neuron neuron, AxonRequest request)
        throws AxonRejection {
        boolean logic = kind == LogicSynapse.KIND;
        VolumePlan plan = null;
        if (logic) {
            plan = volumePlan();
            String reason = Blacklist.reason(neuron, plan, config.policy());
            if (reason != null) {
                throw new AxonRejection(403, "blacklist", "Forbidden. Key is blacklisted: " + reason + ".");
            }
        }
        try {
            verifier.verify(headers, neuron != null);
        } catch (VerificationException e) {
            metrics.verifyFailures().inc(e.failure().label());
            throw new AxonRejection(401, "verify:" + e.failure().label(), "Not Verified with error: "
                + e.getMessage());
        }
        if (logic && !volume.tryAcquire(neuron.uid(), plan.limit(neuron.uid()), System.nanoTime())) {
            throw new AxonRejection(403, "volume", "Forbidden. Key is blacklisted: " + Blacklist.LIMIT_EXCEEDED
                + ".");
        }
        byte[] bodyBytes;
        try {
            bodyBytes = request.body().read(config.maxBodyBytes());
        } catch (AxonRequest.BodyTooLargeException e) {
            throw new AxonRejection(413, "body_too_large", e.getMessage());
        } catch (IOException e) {
            throw new AxonRejection(400, "body_unreadable", "cannot read the request body: " + e.getMessage());
        }
        Synapse body;
        try {
            body = SynapseJson.fromBytes(kind, bodyBytes);
        } catch (SynapseFormatException e) {
            if (e.part() == SynapseFormatException.Part.BODY_SYNTAX) {
                throw new UnprocessableBody(e.getMessage());
            }
            throw new AxonRejection(500, "bad_body", internalError(e.getMessage()));
        }
        String headerHash = headers.computedBodyHash() == null ? "" : headers.computedBodyHash();
        String bodyHash = body.bodyHash();
        if (!bodyHash.equals(headerHash)) {
            throw new AxonRejection(500, "body_hash", internalError("Hash mismatch between header body hash "
                + headerHash + " and parsed body hash " + bodyHash));
        }
        Synapse answered;
        if (logic) {
            answered = solve(body, headers, neuron, request);
        } else if (kind == InformationSynapse.KIND) {
            answered = body.withField("response_dict", minerInfo.deepCopy());
        } else {
            answered = body;
        }
        TerminalInfo axon = answered.axon().withStatus(200, "Success")
            .withProcessTime((System.nanoTime() - request.startNanos()) / 1e9);
        Synapse response = answered.withAxon(axon);
        byte[] json = SynapseJson.toBytes(response);
        return new AxonResponse(200, SynapseHeaders.toHeaders(response, json.length), json, kind.name(),
            neuron == null ? -1 : neuron.uid(), "ok");
    }

    /** FastAPI's 422 for a body that is not JSON: a plain {@code detail} body, no synapse headers. */
    private static final class UnprocessableBody extends AxonRejection {
        UnprocessableBody(String message) {
            super(422, "bad_json", message);
        }
    }

    private Synapse solve(Synapse body, Synapse headers, Neuron neuron, AxonRequest request) throws AxonRejection {
        double timeout = Math.min(headers.timeout() != null ? headers.timeout() : body.timeoutOrDefault(),
            config.maxTimeout().toMillis() / 1000.0);
        long deadline = request.startNanos() + (long) (timeout * 1e9) - config.deadlineMargin().toNanos();
        SolveScheduler.Outcome outcome;
        try {
            outcome = scheduler.acquire(neuron.stake(), deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AxonRejection(503, "stopping", "axon is shutting down");
        }
        switch (outcome) {
            case QUEUE_FULL, EVICTED -> throw new AxonRejection(503, "queue_full",
                "Service unavailable: all " + config.maxConcurrent() + " solve slots are busy and the queue of "
                    + config.queueCapacity() + " is full");
            case EXPIRED -> throw new AxonRejection(408, "queue_timeout",
                "Response timeout after: " + timeout + "s");
            case GRANTED -> {
            }
        }
        long handedOver = System.nanoTime();
        metrics.preSolveSeconds().observe((handedOver - request.startNanos()) / 1e9);
        long budget = deadline - handedOver;
        if (budget <= 0) {
            scheduler.release();
            return LogicSynapse.answered(body, "", "");
        }
        LogicSynapse typed = LogicSynapse.from(body);
        LogicQuestion question = new LogicQuestion(typed.logicQuestion(), typed.category(), timeout,
            typed.taskUid());
        ValidatorIdentity who = new ValidatorIdentity(neuron.uid(), neuron.hotkey(), neuron.stake());
        Future<LogicAnswer> future;
        try {
            future = solvers.submit(() -> {
                try {
                    return handler.answer(question, Duration.ofNanos(budget), who);
                } finally {
                    metrics.solveSeconds().observe((System.nanoTime() - handedOver) / 1e9);
                    scheduler.release();
                }
            });
        } catch (RuntimeException e) {
            scheduler.release();
            throw new AxonRejection(503, "stopping", "axon is shutting down");
        }
        LogicAnswer answer;
        try {
            answer = future.get(budget, TimeUnit.NANOSECONDS);
            if (answer == null) {
                answer = LogicAnswer.EMPTY;
            }
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warn("logic handler overran its budget of {} ms for uid {}; replying with an empty answer",
                budget / 1_000_000, neuron.uid());
            answer = LogicAnswer.EMPTY;
        } catch (ExecutionException e) {
            LOG.warn("logic handler failed for uid {}; replying with an empty answer", neuron.uid(), e.getCause());
            answer = LogicAnswer.EMPTY;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new AxonRejection(503, "stopping", "axon is shutting down");
        }
        return LogicSynapse.answered(body, answer.reasoning(), answer.answer());
    }

    private AxonResponse error(Synapse headers, Neuron neuron, int status, String label, String message,
                               AxonRequest request, boolean sign, String synapseName) {
        int uid = neuron == null ? -1 : neuron.uid();
        if (status == 422) {
            ObjectNode detail = SynapseJson.mapper().createObjectNode();
            ObjectNode item = detail.putArray("detail").addObject();
            item.put("type", "json_invalid");
            item.putArray("loc").add("body");
            item.put("msg", "JSON decode error");
            item.putObject("ctx").put("error", message);
            return new AxonResponse(422, Map.of(), json(detail), synapseName, uid, label);
        }
        TerminalInfo axon = headers.axon().withStatus(status, message)
            .withProcessTime((System.nanoTime() - request.startNanos()) / 1e9);
        if (sign && axon.nonce() != null) {
            String signed = axon.nonce() + "." + headers.dendrite().hotkey() + "." + axon.hotkey() + "." + axon.uuid();
            axon = axon.withSignature(Hex.encodePrefixed(signer.sign(signed.getBytes(StandardCharsets.UTF_8))));
        }
        ObjectNode body = SynapseJson.mapper().createObjectNode().put("message", message);
        return new AxonResponse(status, SynapseHeaders.toHeaders(headers.withAxon(axon)), json(body), synapseName,
            uid, label);
    }

    private static byte[] json(ObjectNode node) {
        try {
            return SynapseJson.mapper().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String internalError(String detail) {
        return "Internal Server Error #" + UUID.randomUUID() + ": " + detail;
    }

    private static String pythonList(Iterable<String> names) {
        StringBuilder out = new StringBuilder("[");
        for (String name : names) {
            out.append(out.length() == 1 ? "" : ", ").append('\'').append(name).append('\'');
        }
        return out.append(']').toString();
    }

    /** Requests waiting for a solve slot. */
    public int queued() {
        return scheduler.queued();
    }

    /** Stops the solver threads (interrupting handlers still running). */
    @Override
    public void close() {
        solvers.shutdownNow();
    }
}
