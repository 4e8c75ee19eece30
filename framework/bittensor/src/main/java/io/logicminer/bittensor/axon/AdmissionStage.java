package io.logicminer.bittensor.axon;

import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.bittensor.metagraph.MetagraphSource;
import io.logicminer.bittensor.metagraph.Neuron;
import io.logicminer.bittensor.metrics.AxonMetrics;
import io.logicminer.bittensor.policy.Blacklist;
import io.logicminer.bittensor.policy.HotkeyRateLimiter;
import io.logicminer.bittensor.policy.MinerPolicy;
import io.logicminer.bittensor.policy.VolumeLimiter;
import io.logicminer.bittensor.policy.VolumePlan;
import io.logicminer.bittensor.verification.RequestVerifier;
import io.logicminer.bittensor.verification.VerificationException;

/**
 * Admission, cheapest check first. Gated routes: blacklist by metagraph (unknown hotkey, stake, permit: map lookups)
 * → signature and nonce → volume share (counted only after the signature holds, so a forged hotkey cannot spend a
 * validator's budget). Open routes: per-hotkey rate (peeked before the signature, taken after it, for the same
 * reason) → signature and nonce; never blacklisted.
 */
final class AdmissionStage implements AxonStage {

    private final MinerPolicy policy;
    private final MetagraphSource metagraph;
    private final RequestVerifier verifier;
    private final VolumeLimiter volume;
    private final HotkeyRateLimiter openRate;
    private final AxonMetrics metrics;
    private volatile PlanCache plan;

    private record PlanCache(Metagraph metagraph, VolumePlan plan) {
    }

    AdmissionStage(MinerPolicy policy, MetagraphSource metagraph, RequestVerifier verifier,
                   HotkeyRateLimiter openRate, AxonMetrics metrics) {
        this.policy = policy;
        this.metagraph = metagraph;
        this.verifier = verifier;
        this.volume = new VolumeLimiter(policy.limitInterval());
        this.openRate = openRate;
        this.metrics = metrics;
    }

    /** The volume plan for the current metagraph (recomputed when the snapshot changes). */
    VolumePlan volumePlan() {
        Metagraph current = metagraph.current();
        PlanCache cached = plan;
        if (cached == null || cached.metagraph != current) {
            cached = new PlanCache(current, VolumePlan.of(current, policy));
            plan = cached;
        }
        return cached.plan;
    }

    RequestVerifier verifier() {
        return verifier;
    }

    @Override
    public AxonResponse intercept(Chain chain) throws AxonRejection {
        AxonExchange exchange = chain.exchange();
        Neuron neuron = exchange.neuron();
        String hotkey = exchange.headers().dendrite().hotkey();
        if (exchange.route().access() == AxonRoute.Access.GATED) {
            VolumePlan current = volumePlan();
            String reason = Blacklist.reason(neuron, current, policy);
            if (reason != null) {
                throw new AxonRejection(403, "blacklisted", "Forbidden. Key is blacklisted: " + reason + ".");
            }
            verify(exchange);
            if (!volume.tryAcquire(neuron.uid(), current.limit(neuron.uid()), System.nanoTime())) {
                throw new AxonRejection(403, "volume_exceeded", "Forbidden. Key is blacklisted: "
                    + Blacklist.LIMIT_EXCEEDED + ".");
            }
        } else {
            String key = hotkey == null ? "" : hotkey;
            if (!openRate.peek(key, System.nanoTime())) {
                throw rateLimited(exchange, key);
            }
            verify(exchange);
            if (!openRate.take(key, System.nanoTime())) {
                throw rateLimited(exchange, key);
            }
        }
        return chain.proceed();
    }

    private void verify(AxonExchange exchange) throws AxonRejection {
        try {
            verifier.verify(exchange.headers(), exchange.neuron() != null);
        } catch (VerificationException e) {
            metrics.verifyFailure(e.failure().label());
            throw new AxonRejection(401, "not_verified", "Not Verified with error: " + e.getMessage());
        }
    }

    private AxonRejection rateLimited(AxonExchange exchange, String hotkey) {
        double retry = openRate.retryAfterSeconds(hotkey, System.nanoTime());
        return new AxonRejection(429, "rate_limited", String.format("Too many requests: %s from this hotkey are"
            + " limited to axon.information_rate per second (burst axon.information_burst); retry in %.1f s",
            exchange.synapseName(), retry), retry);
    }
}
