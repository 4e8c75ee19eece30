package io.logicminer.bittensor.metrics;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** Observations in fixed cumulative buckets (seconds), with {@code _sum} and {@code _count}. */
public final class Histogram implements Metric {

    private final String name;
    private final String help;
    private final double[] bounds;
    private final AtomicLongArray counts;
    private final DoubleAdder sum = new DoubleAdder();
    private final LongAdder count = new LongAdder();

    /** @param bounds upper bounds in increasing order; {@code +Inf} is added */
    public Histogram(String name, String help, double... bounds) {
        this.name = name;
        this.help = help;
        this.bounds = bounds.clone();
        for (int i = 1; i < bounds.length; i++) {
            if (!(bounds[i] > bounds[i - 1])) {
                throw new IllegalArgumentException(name + " bucket bounds must increase: " + Arrays.toString(bounds));
            }
        }
        this.counts = new AtomicLongArray(bounds.length);
    }

    @Override
    public String name() {
        return name;
    }

    public void observe(double value) {
        for (int i = 0; i < bounds.length; i++) {
            if (value <= bounds[i]) {
                counts.incrementAndGet(i);
                break;
            }
        }
        sum.add(value);
        count.increment();
    }

    public long count() {
        return count.sum();
    }

    @Override
    public void writeTo(StringBuilder out) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" histogram\n");
        long total = count.sum();
        long cumulative = 0;
        for (int i = 0; i < bounds.length; i++) {
            cumulative += counts.get(i);
            out.append(name).append("_bucket{le=\"").append(Metric.number(bounds[i])).append("\"} ")
                .append(cumulative).append('\n');
        }
        out.append(name).append("_bucket{le=\"+Inf\"} ").append(Math.max(total, cumulative)).append('\n');
        out.append(name).append("_sum ").append(Metric.number(sum.sum())).append('\n');
        out.append(name).append("_count ").append(total).append('\n');
    }
}
