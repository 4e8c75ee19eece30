package io.logicminer.bittensor.axon;

import io.logicminer.bittensor.metagraph.MetagraphSource;
import io.logicminer.bittensor.metagraph.Neuron;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseFormatException;
import io.logicminer.bittensor.synapse.SynapseHeaders;
import io.logicminer.bittensor.verification.NonceClock;
import java.util.Map;
import java.util.UUID;

/**
 * Route and headers: finds the route from the path (404 naming the served synapses), refuses a declared body over
 * {@code axon.max_body_bytes} (413) before reading it, reads the synapse headers (400 naming the bad header and
 * value), checks the timeout (positive), fills in the axon terminal as the SDK's {@code preprocess} does, and looks
 * the caller up in the metagraph.
 */
final class RouteStage implements AxonStage {

    private final Map<String, AxonRoute> routes;
    private final AxonConfig config;
    private final MetagraphSource metagraph;
    private final NonceClock clock;
    private final String uuid = UUID.randomUUID().toString();

    RouteStage(Map<String, AxonRoute> routes, AxonConfig config, MetagraphSource metagraph, NonceClock clock) {
        this.routes = routes;
        this.config = config;
        this.metagraph = metagraph;
        this.clock = clock;
    }

    @Override
    public AxonResponse intercept(Chain chain) throws AxonRejection {
        AxonExchange exchange = chain.exchange();
        AxonRequest request = exchange.request();
        String path = request.path() == null ? "" : request.path();
        String[] parts = path.split("/", 3);
        String name = parts.length > 1 ? parts[1] : "";
        AxonRoute route = routes.get(name);
        if (route == null) {
            throw new AxonRejection(404, "unknown_synapse", "Synapse name '" + shorten(name) + "' not found."
                + " Available synapses " + pythonList(routes.keySet()));
        }
        exchange.route(route);
        if (request.declaredLength() > config.maxBodyBytes()) {
            throw new AxonRejection(413, "body_too_large", "request body of " + request.declaredLength()
                + " bytes exceeds axon.max_body_bytes = " + config.maxBodyBytes());
        }
        Synapse headers;
        try {
            headers = SynapseHeaders.fromHeaders(route.kind(), request.header());
        } catch (SynapseFormatException e) {
            throw new AxonRejection(400, "bad_header", "Improperly formatted request: " + e.getMessage());
        }
        double timeout = headers.timeout() != null ? headers.timeout() : route.kind().defaultTimeout();
        if (!(timeout > 0)) {
            throw new AxonRejection(400, "bad_timeout", "Improperly formatted request: header 'timeout' must be a"
                + " positive number of seconds, got " + timeout);
        }
        timeout = Math.min(timeout, config.maxTimeout().toMillis() / 1000.0);
        headers = headers.withName(route.kind().name())
            .withAxon(headers.axon().withIdentity(config.bittensorVersion(), clock.nowNanos(), uuid,
                headers.axon().hotkey()).withStatus(100, null))
            .withDendrite(headers.dendrite().withAddress(request.remoteIp(), request.remotePort()));
        Neuron neuron = metagraph.current().byHotkey(headers.dendrite().hotkey());
        long deadline = request.startNanos() + (long) (timeout * 1e9) - config.deadlineMargin().toNanos();
        exchange.route(route, headers, neuron, timeout, deadline);
        return chain.proceed();
    }

    private static String shorten(String name) {
        return name.length() > 64 ? name.substring(0, 61) + "..." : name;
    }

    private static String pythonList(Iterable<String> names) {
        StringBuilder out = new StringBuilder("[");
        for (String name : names) {
            out.append(out.length() == 1 ? "" : ", ").append('\'').append(name).append('\'');
        }
        return out.append(']').toString();
    }
}
