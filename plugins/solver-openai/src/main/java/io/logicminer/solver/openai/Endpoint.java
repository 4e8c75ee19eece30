package io.logicminer.solver.openai;

import okhttp3.HttpUrl;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One server of an {@link EndpointPool}: where its requests go, how many are outstanding, and its health. The pool
 * changes the health fields under its own lock; the in-flight count is atomic.
 */
final class Endpoint {

    private final EndpointSettings settings;
    private final HttpUrl chatUrl;
    private final HttpUrl probeUrl;
    private final String label;
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicBoolean probing = new AtomicBoolean();

    // Guarded by the pool.
    boolean healthy = true;
    String lastProblem;
    Instant nextProbe;
    Duration probeWait;
    ScheduledFuture<?> scheduledProbe;

    Endpoint(EndpointSettings settings, HealthProbe probe) {
        this.settings = settings;
        this.chatUrl = settings.baseUrl().newBuilder().addPathSegments("chat/completions").build();
        this.probeUrl = probe.url(settings.baseUrl());
        this.label = settings.label();
    }

    /** {@code <base_url>/chat/completions}. */
    HttpUrl chatUrl() {
        return chatUrl;
    }

    /** What a health probe asks. */
    HttpUrl probeUrl() {
        return probeUrl;
    }

    String apiKey() {
        return settings.apiKey();
    }

    /** The base URL without user info: the endpoint's name in errors and metrics. */
    String label() {
        return label;
    }

    EndpointSettings settings() {
        return settings;
    }

    @Override
    public String toString() {
        return label;
    }
}
