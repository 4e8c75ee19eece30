package io.logicminer.spi;

import io.logicminer.spi.metrics.Metrics;

import java.nio.file.Path;
import java.time.Clock;

/** Services the host offers to every factory. Implemented by the host; plugins only call it. */
public interface HostContext {

    /** The clock deadlines are measured on. Use it instead of {@code System.currentTimeMillis()} so tests can steer. */
    Clock clock();

    /** The host's version, e.g. {@code 0.1.0}; useful in a User-Agent. */
    String hostVersion();

    /**
     * A directory where a plugin may keep state (caches, downloaded files): {@code data.dir}, by default
     * {@code ~/.logicminer}. The host creates it on the first call, so it exists when this returns; when it cannot
     * be created the call throws {@link InvalidConfigException} naming {@code data.dir}.
     */
    Path dataDirectory();

    /**
     * The host's metrics registry: families registered here appear in the host's Prometheus scrape ({@code /metrics})
     * beside its own. Ask for the families once, in {@code create}, and keep them. The default records nothing, so a
     * context that offers no metrics (a test's) needs no code.
     */
    default Metrics metrics() {
        return Metrics.noop();
    }
}
