package io.logicminer.core.metrics;

import io.logicminer.spi.metrics.Counter;
import io.logicminer.spi.metrics.Gauge;
import io.logicminer.spi.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPI's metrics facade over Prometheus: what a plugin records is what the scrape shows. */
class PrometheusMetricsTest {

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusMetrics metrics = new PrometheusMetrics(registry);

    private String scrape() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, registry.scrape());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void countersGaugesAndHistogramsAppearInTheScrapeWithTheirLabels() throws IOException {
        Counter requests = metrics.counter("logicminer_test_requests_total", "Requests", "endpoint", "outcome");
        requests.inc("http://a/v1", "ok");
        requests.inc(2, "http://a/v1", "ok");
        requests.inc("http://b/v1", "server_error");
        Gauge inFlight = metrics.gauge("logicminer_test_in_flight", "In flight", "endpoint");
        inFlight.inc("http://a/v1");
        inFlight.inc("http://a/v1");
        inFlight.dec("http://a/v1");
        inFlight.set(7, "http://b/v1");
        Histogram seconds = metrics.histogram("logicminer_test_seconds", "Latency", new double[] {0.1, 1}, "endpoint");
        seconds.observe(0.05, "http://a/v1");
        seconds.observe(0.5, "http://a/v1");
        Gauge plain = metrics.gauge("logicminer_test_unlabelled", "No labels");
        plain.set(3);

        String text = scrape();
        assertTrue(text.contains("logicminer_test_requests_total{endpoint=\"http://a/v1\",outcome=\"ok\"} 3.0"), text);
        assertTrue(text.contains(
                "logicminer_test_requests_total{endpoint=\"http://b/v1\",outcome=\"server_error\"} 1.0"), text);
        assertTrue(text.contains("logicminer_test_in_flight{endpoint=\"http://a/v1\"} 1.0"), text);
        assertTrue(text.contains("logicminer_test_in_flight{endpoint=\"http://b/v1\"} 7.0"), text);
        assertTrue(text.contains("logicminer_test_seconds_bucket{endpoint=\"http://a/v1\",le=\"0.1\"} 1"), text);
        assertTrue(text.contains("logicminer_test_seconds_bucket{endpoint=\"http://a/v1\",le=\"1.0\"} 2"), text);
        assertTrue(text.contains("logicminer_test_seconds_count{endpoint=\"http://a/v1\"} 2"), text);
        assertTrue(text.contains("logicminer_test_unlabelled 3.0"), text);
        assertTrue(text.contains("# HELP logicminer_test_requests_total Requests"), text);
    }

    @Test
    void theSameNameAskedAgainIsTheSameFamilySoInstancesShareIt() {
        Counter first = metrics.counter("logicminer_test_shared_total", "Shared", "model");
        Counter second = metrics.counter("logicminer_test_shared_total", "Shared", "model");
        assertSame(first, second);
        first.inc("a");
        second.inc("b");
        assertEquals(1, registry.scrape().size());
    }

    @Test
    void aNameTakenByAnotherKindOrOtherLabelsIsRefusedNamingBoth() {
        metrics.counter("logicminer_test_taken_total", "Taken", "model");
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> metrics.gauge("logicminer_test_taken_total", "Taken", "model"));
        assertTrue(kind.getMessage().contains("already registered as a counter with labels [model]")
                && kind.getMessage().contains("asked for a gauge"), kind.getMessage());
        IllegalArgumentException labels = assertThrows(IllegalArgumentException.class,
                () -> metrics.counter("logicminer_test_taken_total", "Taken", "model", "endpoint"));
        assertTrue(labels.getMessage().contains("[model, endpoint]"), labels.getMessage());
    }

    @Test
    void aHostFamilyNameAndAnInvalidNameAreRefusedWithTheMetricNamed() {
        io.prometheus.metrics.core.metrics.Counter.builder().name("logicminer_host_owned_total").help("host's")
                .register(registry);
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
                () -> metrics.counter("logicminer_host_owned_total", "mine"));
        assertTrue(taken.getMessage().contains("logicminer_host_owned_total"), taken.getMessage());
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
                () -> metrics.counter("logicminer test", "bad"));
        assertThrows(IllegalArgumentException.class, () -> metrics.counter("logicminer_test_l_total", "bad", "__x"));
        assertTrue(invalid.getMessage().contains("'logicminer test'"), invalid.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> metrics.histogram("logicminer_test_bad_buckets", "bad", new double[] {1, 1}));
    }

    @Test
    void theWrongNumberOfLabelValuesIsRefused() {
        Counter counter = metrics.counter("logicminer_test_arity_total", "Arity", "model", "endpoint");
        assertThrows(IllegalArgumentException.class, () -> counter.inc("only-one"));
        Gauge unlabelled = metrics.gauge("logicminer_test_arity_gauge", "Arity");
        assertThrows(IllegalArgumentException.class, () -> unlabelled.set(1, "unexpected"));
    }

    @Test
    void namesFollowTheClassicPrometheusAlphabet() {
        assertTrue(metrics.counter("logicminer:recorded_rule_total", "colons are allowed in names") != null);
        assertTrue(metrics.counter("_logicminer_underscored_total", "a leading underscore", "_x", "Y9") != null);
        for (String name : new String[] {"", "9lives_total", "logicminer.dotted_total", "logicminer_caf\u00e9_total",
                "logicminer-dashed_total"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> metrics.counter(name, "x"));
            assertTrue(e.getMessage().startsWith("metric name '" + name + "' is not [a-zA-Z_:][a-zA-Z0-9_:]*"),
                    e.getMessage());
        }
        for (String label : new String[] {"", "a:b", "9x", "__reserved", "caf\u00e9", "dotted.label"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> metrics.counter("logicminer_labelled_total", "x", label));
            assertTrue(e.getMessage().startsWith("label name '" + label + "' of metric 'logicminer_labelled_total'"),
                    e.getMessage());
        }
    }
}
