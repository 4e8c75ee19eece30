package io.logicminer.app.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Routes SIGTERM and SIGINT to a stop action instead of the JVM's shutdown, so a miner stopped on purpose drains and
 * exits 0. {@code sun.misc.Signal} (module jdk.unsupported) is the only JDK way to do this; where it is missing the
 * JVM's default handling (exit 143/130 after the shutdown hooks) stays in place.
 */
final class StopSignals {

    private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);

    private StopSignals() {
    }

    /** Installs the handlers; the returned action puts the previous ones back. */
    static Runnable install(Runnable stop) {
        java.util.List<Runnable> restore = new java.util.ArrayList<>();
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal signal = new Signal(name);
                sun.misc.SignalHandler previous = Signal.handle(signal, s -> stop.run());
                restore.add(() -> Signal.handle(signal, previous));
            } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
                LOG.debug("cannot handle SIG{}: {}", name, e.toString());
            }
        }
        return () -> restore.forEach(Runnable::run);
    }
}
