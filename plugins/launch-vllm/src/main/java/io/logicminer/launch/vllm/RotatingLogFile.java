package io.logicminer.launch.vllm;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An append-only log file that is rotated when it reaches a size: {@code vllm.log} becomes {@code vllm.log.1},
 * {@code .1} becomes {@code .2}, ..., and the oldest beyond {@code keep} is deleted. Writes are whole chunks, so a
 * chunk may push a file a little past the limit. Thread-safe.
 */
final class RotatingLogFile implements AutoCloseable {

    private final Path file;
    private final long maxBytes;
    private final int keep;
    private OutputStream out;
    private long size;
    private boolean closed;

    RotatingLogFile(Path file, long maxBytes, int keep) throws IOException {
        this.file = file;
        this.maxBytes = maxBytes;
        this.keep = keep;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        open();
    }

    private void open() throws IOException {
        out = null;
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException(file + " is closed");
        }
        if (out == null) {
            open(); // an earlier reopen failed
        }
        if (size > 0 && size + length > maxBytes) {
            rotate();
        }
        out.write(bytes, offset, length);
        out.flush();
        size += length;
    }

    synchronized void line(String text) throws IOException {
        byte[] bytes = (text + System.lineSeparator()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        write(bytes, 0, bytes.length);
    }

    /** Shifts the files; whether that works or not, the log is open again afterwards (for the next write). */
    private void rotate() throws IOException {
        try {
            out.close();
            if (keep == 0) {
                Files.deleteIfExists(file);
            } else {
                Files.deleteIfExists(numbered(keep));
                for (int i = keep - 1; i >= 1; i--) {
                    if (Files.exists(numbered(i))) {
                        Files.move(numbered(i), numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                Files.move(file, numbered(1), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            open();
        }
    }

    private Path numbered(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (out != null) {
            out.close();
        }
    }
}
