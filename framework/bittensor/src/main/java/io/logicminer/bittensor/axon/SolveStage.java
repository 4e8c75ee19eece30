package io.logicminer.bittensor.axon;

import io.logicminer.bittensor.metagraph.Neuron;
import io.logicminer.bittensor.metrics.AxonMetrics;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solve: gated routes take a slot from the {@link SolveScheduler} (stake order; refused at once with 503 when the
 * request cannot start in time or the queue is full), then the route's handler runs on the request's own thread with
 * the time left until the deadline as its budget. The handler owns that deadline; the {@link SolveWatchdog} only
 * interrupts a handler still running half a {@code deadline_margin} past it, and the reply is then the route's
 * {@link SynapseHandler#unanswered unanswered} one (by default the body as received) with outcome {@code timed_out}.
 * A handler that throws is logged on one line and answered the same way ({@code handler_error}).
 */
final class SolveStage implements AxonStage {

    private static final Logger LOG = LoggerFactory.getLogger("io.logicminer.axon");

    private final SolveScheduler scheduler;
    private final SolveWatchdog watchdog;
    private final long graceNanos;
    private final AxonConfig config;
    private final AxonMetrics metrics;

    SolveStage(SolveScheduler scheduler, SolveWatchdog watchdog, AxonConfig config, AxonMetrics metrics) {
        this.scheduler = scheduler;
        this.watchdog = watchdog;
        this.config = config;
        this.metrics = metrics;
        this.graceNanos = config.deadlineMargin().toNanos() / 2;
    }

    @Override
    public AxonResponse intercept(Chain chain) throws AxonRejection {
        AxonExchange exchange = chain.exchange();
        Neuron neuron = exchange.neuron();
        ValidatorIdentity who = neuron == null ? null
            : new ValidatorIdentity(neuron.uid(), neuron.hotkey(), neuron.stake());
        SynapseHandler.Handled handled;
        if (exchange.route().access() == AxonRoute.Access.GATED) {
            admit(exchange, neuron.stake());
            long handedOver = System.nanoTime();
            metrics.observePreSolve((handedOver - exchange.request().startNanos()) / 1e9);
            try {
                handled = run(exchange, who);
            } finally {
                long took = System.nanoTime() - handedOver;
                scheduler.release(took);
                metrics.observeSolve(took / 1e9);
            }
        } else {
            handled = run(exchange, who);
        }
        exchange.answered(handled.synapse(), handled.outcome());
        return chain.proceed();
    }

    private void admit(AxonExchange exchange, double stake) throws AxonRejection {
        SolveScheduler.Outcome outcome;
        try {
            outcome = scheduler.acquire(stake, exchange.deadlineNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AxonRejection(503, "stopping", "Service unavailable: the axon is shutting down");
        }
        switch (outcome) {
            case GRANTED -> {
            }
            case QUEUE_FULL, EVICTED -> throw new AxonRejection(503, "queue_full", "Service unavailable: all "
                + config.maxConcurrent() + " solve slots are busy and the queue of " + config.queueCapacity()
                + " is full of higher-stake requests", 1);
            case CANNOT_FINISH -> throw new AxonRejection(503, "cannot_finish", String.format("Service unavailable:"
                + " the expected wait for a solve slot (%.1f s) leaves less than axon.min_solve_budget before this"
                + " request's deadline", scheduler.expectedWaitSeconds()), scheduler.expectedWaitSeconds());
            case EXPIRED -> throw new AxonRejection(503, "queue_timeout", "Service unavailable: no solve slot freed"
                + " up in time for this request's deadline (timeout " + exchange.timeoutSeconds() + " s)");
        }
    }

    private SynapseHandler.Handled run(AxonExchange exchange, ValidatorIdentity who) throws AxonRejection {
        long budget = exchange.deadlineNanos() - System.nanoTime();
        if (budget <= 0) {
            return unanswered(exchange, "timed_out");
        }
        SolveContext context = new SolveContext(who, exchange.timeoutSeconds(), Duration.ofNanos(budget));
        SolveWatchdog.Guard guard = watchdog.arm(budget + graceNanos);
        SynapseHandler.Handled handled = null;
        InterruptedException interrupted = null;
        RuntimeException failure = null;
        try {
            handled = exchange.route().handler().handle(exchange.body(), context);
        } catch (InterruptedException e) {
            interrupted = e;
        } catch (RuntimeException e) {
            failure = e;
        }
        boolean fired = guard.disarm();
        if (interrupted != null) {
            if (!fired) {
                Thread.currentThread().interrupt();
                throw new AxonRejection(503, "stopping", "Service unavailable: the axon is shutting down");
            }
            LOG.warn("{} handler overran its budget of {} ms for uid {}; replying with the route's unanswered reply",
                exchange.synapseName(), budget / 1_000_000, who == null ? "-" : who.uid());
            return unanswered(exchange, "timed_out");
        }
        if (failure != null) {
            LOG.warn("{} handler failed for uid {}: {}; replying with the route's unanswered reply",
                exchange.synapseName(), who == null ? "-" : who.uid(), failure.toString());
            LOG.debug("handler failure", failure);
            return unanswered(exchange, "handler_error");
        }
        if (handled == null || handled.synapse() == null) {
            return unanswered(exchange, "empty");
        }
        return handled;
    }

    /** The route's reply for a request its handler did not answer; the body as received if that fails too. */
    private static SynapseHandler.Handled unanswered(AxonExchange exchange, String outcome) {
        try {
            SynapseHandler.Handled handled = exchange.route().handler().unanswered(exchange.body(), outcome);
            if (handled != null && handled.synapse() != null) {
                return handled;
            }
        } catch (RuntimeException e) {
            LOG.warn("{} unanswered reply failed: {}; replying with the body as received", exchange.synapseName(),
                e.toString());
        }
        return new SynapseHandler.Handled(exchange.body(), outcome);
    }
}
