package io.logicminer.app.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress of a batch on stderr: a redrawn bar on a terminal, otherwise a plain line every tenth of the work
 * so that logs of long runs still show progress.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final int total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private int done;
    private int failed;
    private int lastDecile = -1;

    ProgressBar(PrintStream out, int total, boolean terminal) {
        this.out = out;
        this.total = total;
        this.terminal = terminal;
    }

    synchronized void step(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        if (terminal) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                    + " failed " + failed + " " + rate());
            out.flush();
        } else {
            int decile = total == 0 ? 10 : done * 10 / total;
            if (decile != lastDecile) {
                lastDecile = decile;
                out.println("progress: " + done + "/" + total + " done, " + failed + " failed, " + rate());
            }
        }
    }

    synchronized void finish() {
        if (terminal) {
            out.println();
        }
    }

    private String rate() {
        double seconds = Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0;
        return String.format(java.util.Locale.ROOT, "%.1f/s", seconds > 0 ? done / seconds : 0.0);
    }
}
