package io.logicminer.bittensor.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A monotonically increasing count per combination of label values. Label values should come from small sets (synapse
 * names, status codes, metagraph uids, failure reasons), never from request data.
 */
public final class Counter implements Metric {

    private final String name;
    private final String help;
    private final List<String> labelNames;
    private final Map<List<String>, LongAdder> values = new ConcurrentHashMap<>();

    public Counter(String name, String help, String... labelNames) {
        this.name = name;
        this.help = help;
        this.labelNames = List.of(labelNames);
    }

    @Override
    public String name() {
        return name;
    }

    /** Adds one to the series with these label values (in the order of the label names). */
    public void inc(String... labelValues) {
        if (labelValues.length != labelNames.size()) {
            throw new IllegalArgumentException(name + " takes labels " + labelNames + ", got "
                + Arrays.toString(labelValues));
        }
        values.computeIfAbsent(List.of(labelValues), k -> new LongAdder()).increment();
    }

    /** Current value of one series (0 when never incremented). */
    public long value(String... labelValues) {
        LongAdder adder = values.get(List.of(labelValues));
        return adder == null ? 0 : adder.sum();
    }

    @Override
    public void writeTo(StringBuilder out) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" counter\n");
        values.entrySet().stream()
            .sorted(Map.Entry.comparingByKey((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b))))
            .forEach(e -> {
                out.append(name);
                if (!labelNames.isEmpty()) {
                    out.append('{');
                    for (int i = 0; i < labelNames.size(); i++) {
                        out.append(i == 0 ? "" : ",").append(labelNames.get(i)).append("=\"")
                            .append(Metric.escape(e.getKey().get(i))).append('"');
                    }
                    out.append('}');
                }
                out.append(' ').append(e.getValue().sum()).append('\n');
            });
    }
}
