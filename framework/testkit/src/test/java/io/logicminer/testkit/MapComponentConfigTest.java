package io.logicminer.testkit;

import io.logicminer.spi.InvalidConfigException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the map form adds to the contract: Java values (Duration, enums) and plain keys. */
class MapComponentConfigTest {

    enum Mode { TWO_CALL }

    @Test
    void javaValuesAreAccepted() {
        MapComponentConfig config = MapComponentConfig.of("solvers.s", "wait", Duration.ofMillis(1500),
                "tiny", Duration.ofNanos(7), "mode", Mode.TWO_CALL, "stop", List.of("a", "b"),
                "retry", Map.of("max", 3));
        assertEquals(Duration.ofMillis(1500), config.getDuration("wait", Duration.ZERO));
        assertEquals(Duration.ofNanos(7), config.getDuration("tiny", Duration.ZERO));
        assertEquals(Mode.TWO_CALL, config.getEnum(Mode.class, "mode", null));
        assertEquals(List.of("a", "b"), config.getStringList("stop", List.of()));
        assertEquals(3, config.section("retry").getInt("max"));
    }

    @Test
    void theDurationsAndListsTheHostAcceptsAreAcceptedHereToo() {
        MapComponentConfig config = MapComponentConfig.of("solvers.s", "timeout", "1h", "stop", "a,b");
        assertEquals(Duration.ofHours(1), config.getDuration("timeout", Duration.ZERO));
        assertEquals(List.of("a", "b"), config.getStringList("stop", List.of()));
    }

    @Test
    void aDottedKeyIsOneKeyAndWithReplacesAValue() {
        MapComponentConfig config = MapComponentConfig.of("models.m", "a.b", 1).with("a.b", 2);
        assertTrue(config.has("a.b"));
        assertFalse(config.has("a"));
        assertEquals(2, config.getInt("a.b"));
        InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> config.with("n", "x").getInt("n"));
        assertEquals("models.m.n", e.path());
        assertEquals("test", e.origin());
    }
}
