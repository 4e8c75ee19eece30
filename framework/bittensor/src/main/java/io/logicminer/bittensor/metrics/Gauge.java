package io.logicminer.bittensor.metrics;

import java.util.function.DoubleSupplier;

/** A value read when the metrics are scraped (queue depth, in-flight solves). */
public final class Gauge implements Metric {

    private final String name;
    private final String help;
    private final DoubleSupplier value;

    public Gauge(String name, String help, DoubleSupplier value) {
        this.name = name;
        this.help = help;
        this.value = value;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void writeTo(StringBuilder out) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
        out.append(name).append(' ').append(Metric.number(value.getAsDouble())).append('\n');
    }
}
