package io.logicminer.spi;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where the time of one solve went.
 *
 * @param elapsed total wall time of the solve as measured by whoever produced this value
 * @param phases  named parts of that time in the order they happened, e.g. {@code reasoning}, {@code answer},
 *                {@code primary}, {@code fallback}; may be empty
 */
public record Timings(Duration elapsed, Map<String, Duration> phases) {

    /** No timing information. */
    public static final Timings NONE = new Timings(Duration.ZERO, Map.of());

    public Timings {
        Objects.requireNonNull(elapsed, "elapsed");
        phases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phases));
    }

    /** Timings with only a total. */
    public static Timings of(Duration elapsed) {
        return new Timings(elapsed, Map.of());
    }

    /** A copy with one more phase appended (replacing a phase of the same name). */
    public Timings withPhase(String name, Duration duration) {
        Map<String, Duration> copy = new LinkedHashMap<>(phases);
        copy.put(name, duration);
        return new Timings(elapsed, copy);
    }

    /** A copy with another total. */
    public Timings withElapsed(Duration newElapsed) {
        return new Timings(newElapsed, phases);
    }
}
