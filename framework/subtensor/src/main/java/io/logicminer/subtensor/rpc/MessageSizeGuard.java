package io.logicminer.subtensor.rpc;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.SocketFactory;

/**
 * Caps the size of one incoming WebSocket message without buffering it. OkHttp reads a whole message into memory
 * before handing it over and offers no limit, so a node (or a man in the middle) sending a gigabyte-long message would
 * exhaust the heap. This socket factory counts the bytes read from the socket since the last message was delivered;
 * past the cap (plus one read buffer of slack, since OkHttp reads ahead into the next message) the read fails, OkHttp
 * drops the connection and the client fails the calls in flight with {@link MessageTooLargeException}.
 *
 * <p>It counts raw socket bytes, below TLS for wss://, which differ from the message size by the framing and record
 * overhead (a few percent). Compression would break the bound (a small frame can inflate to a huge message), which is
 * why the client does not offer permessage-deflate.
 */
final class MessageSizeGuard extends SocketFactory {
    /** Okio reads at most one 8 KiB segment per call; a generous margin for read-ahead and control frames. */
    private static final long SLACK_BYTES = 64 * 1024;

    private final long maxMessageBytes;
    /** The newest socket's count; each socket counts on its own, so a dead connection's count never leaks over. */
    private volatile AtomicLong sinceLastMessage = new AtomicLong();
    private volatile boolean tripped;

    MessageSizeGuard(long maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    long maxMessageBytes() {
        return maxMessageBytes;
    }

    /**
     * Whether the newest socket stopped a message. Asked instead of the failure's type because under TLS the JDK's
     * SSLSocket wraps or replaces the exception this guard throws.
     */
    boolean tripped() {
        return tripped;
    }

    /** A message (or the upgrade) was fully read: the count starts again. */
    void messageDelivered() {
        sinceLastMessage.set(0);
    }

    @Override
    public Socket createSocket() {
        return new GuardedSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket socket = new GuardedSocket();
        socket.bind(new InetSocketAddress(localHost, localPort));
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        Socket socket = new GuardedSocket();
        socket.bind(new InetSocketAddress(localAddress, localPort));
        socket.connect(new InetSocketAddress(address, port));
        return socket;
    }

    private Socket connected(InetSocketAddress address) throws IOException {
        Socket socket = new GuardedSocket();
        socket.connect(address);
        return socket;
    }

    /** Thrown from a socket read; OkHttp hands it (or, under TLS, what SSLSocket made of it) to onFailure. */
    static final class OversizedMessageException extends IOException {
        OversizedMessageException(long limit) {
            super("incoming WebSocket message exceeds " + limit + " bytes");
        }
    }

    private final class GuardedSocket extends Socket {
        private final AtomicLong count = new AtomicLong();
        private InputStream guarded;

        GuardedSocket() {
            sinceLastMessage = count;
            tripped = false;
        }

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (guarded == null) {
                guarded = new CountingInputStream(super.getInputStream(), count);
            }
            return guarded;
        }
    }

    private final class CountingInputStream extends FilterInputStream {
        private final AtomicLong count;

        CountingInputStream(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws OversizedMessageException {
            if (count.addAndGet(n) > maxMessageBytes + SLACK_BYTES) {
                tripped = true;
                throw new OversizedMessageException(maxMessageBytes);
            }
        }
    }
}
