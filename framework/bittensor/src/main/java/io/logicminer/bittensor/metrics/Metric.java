package io.logicminer.bittensor.metrics;

/** One metric family that can write itself in the Prometheus text exposition format (version 0.0.4). */
public interface Metric {

    /** Family name, e.g. {@code axon_requests_total}. */
    String name();

    /** Appends {@code # HELP}, {@code # TYPE} and the sample lines. */
    void writeTo(StringBuilder out);

    /** Escapes a label value as the format requires (backslash, double quote, newline). */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** A sample value: integers without a fraction, non-finite values as the format spells them. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
