package io.logicminer.testkit;

import com.typesafe.config.ConfigValueFactory;
import io.logicminer.config.TypesafeComponentConfig;
import io.logicminer.spi.ComponentConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ComponentConfig} over a plain map, for plugin tests. Nested sections are nested maps, lists are
 * collections; values may be given as their Java type or as strings (as the command line gives them), and a
 * {@link Duration} or an enum constant is accepted as itself. The map becomes a Typesafe Config object read by the
 * host's own {@link TypesafeComponentConfig} (this class only builds it, and can override none of its getters), so
 * {@code "1h"}, {@code "a, b"} as a list and every other rule of {@link ComponentConfig} hold here exactly as in the
 * host ({@link ComponentConfigContract} checks both entry points). Keys are plain keys: a dot inside one is part of
 * the name. Every value's origin is {@code test}.
 */
public final class MapComponentConfig extends TypesafeComponentConfig {

    private static final String ORIGIN = "test";

    private final Map<String, Object> values;

    public MapComponentConfig(String path, Map<String, ?> values) {
        // fromMap, not ConfigFactory.parseMap: parseMap reads keys as paths, and here "a.b" is one key.
        super(path, ConfigValueFactory.fromMap(plain(values), ORIGIN));
        this.values = new LinkedHashMap<>(values);
    }

    /** A section from alternating keys and values: {@code of("models.m", "base_url", url, "model", "x")}. */
    public static MapComponentConfig of(String path, Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new MapComponentConfig(path, map);
    }

    /** A copy with one more (or a replaced) key. */
    public MapComponentConfig with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new MapComponentConfig(path(), copy);
    }

    /** The map in the plain Java types Typesafe Config takes: a Duration becomes HOCON text, other types text. */
    private static Map<String, Object> plain(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((key, value) -> out.put(String.valueOf(key), plainValue(value)));
        return out;
    }

    private static Object plainValue(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return plain(map);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> out = new ArrayList<>();
            collection.forEach(item -> out.add(plainValue(item)));
            return out;
        }
        if (value instanceof Duration duration) {
            return duration.toNanos() % 1_000_000 == 0 ? duration.toMillis() + "ms" : duration.toNanos() + "ns";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return String.valueOf(value);
    }
}
