package io.logicminer.bittensor.axon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection that has not delivered a complete request head within {@code axon.header_timeout} of opening
 * (slow-loris: a byte every few seconds keeps Jetty's idle timeout from ever firing). A Jetty {@link
 * Connection.Listener} on the axon's connector, timed on the connector's own scheduler; Jetty 12.0 has no header
 * timeout of its own. Later requests on a kept-alive connection are covered by the idle timeout and the connection
 * cap.
 */
final class HeaderReadTimeout implements Connection.Listener {

    private final Scheduler scheduler;
    private final long timeoutMillis;
    private final Map<Connection, Scheduler.Task> pending = new ConcurrentHashMap<>();

    HeaderReadTimeout(Scheduler scheduler, long timeoutMillis) {
        this.scheduler = scheduler;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void onOpened(Connection connection) {
        pending.put(connection, scheduler.schedule(() -> expire(connection), timeoutMillis, TimeUnit.MILLISECONDS));
    }

    @Override
    public void onClosed(Connection connection) {
        Scheduler.Task task = pending.remove(connection);
        if (task != null) {
            task.cancel();
        }
    }

    private void expire(Connection connection) {
        pending.remove(connection);
        if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
            connection.getEndPoint().close();
        }
    }
}
