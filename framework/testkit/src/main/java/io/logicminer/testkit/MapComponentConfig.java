package io.logicminer.testkit;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.InvalidConfigException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A {@link ComponentConfig} over a plain map, for plugin tests. Nested sections are nested maps. Values may be given
 * as their Java type or as strings, as the host accepts both. Errors have the same shape as the host's.
 */
public final class MapComponentConfig implements ComponentConfig {

    private final String path;
    private final Map<String, Object> values;

    public MapComponentConfig(String path, Map<String, ?> values) {
        this.path = path;
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
        return new MapComponentConfig(path, copy);
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Set<String> keys() {
        return values.keySet();
    }

    @Override
    public boolean has(String key) {
        return values.get(key) != null;
    }

    private Object require(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw invalid(key, "is required but not set");
        }
        return value;
    }

    @Override
    public String getString(String key) {
        Object value = require(key);
        if (value instanceof Map || value instanceof Collection) {
            throw invalid(key, "expected a string but got " + value.getClass().getSimpleName());
        }
        return String.valueOf(value);
    }

    @Override
    public String getString(String key, String defaultValue) {
        return has(key) ? getString(key) : defaultValue;
    }

    @Override
    public int getInt(String key) {
        long v = getLongValue(key);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw invalid(key, "number " + v + " does not fit an int");
        }
        return (int) v;
    }

    @Override
    public int getInt(String key, int defaultValue) {
        return has(key) ? getInt(key) : defaultValue;
    }

    @Override
    public long getLong(String key, long defaultValue) {
        return has(key) ? getLongValue(key) : defaultValue;
    }

    private long getLongValue(String key) {
        Object value = require(key);
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw invalid(key, "expected a whole number but got \"" + value + "\"");
        }
    }

    @Override
    public double getDouble(String key) {
        Object value = require(key);
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(value.toString().trim());
        } catch (NumberFormatException e) {
            throw invalid(key, "expected a number but got \"" + value + "\"");
        }
    }

    @Override
    public double getDouble(String key, double defaultValue) {
        return has(key) ? getDouble(key) : defaultValue;
    }

    @Override
    public boolean getBoolean(String key, boolean defaultValue) {
        if (!has(key)) {
            return defaultValue;
        }
        Object value = values.get(key);
        if (value instanceof Boolean b) {
            return b;
        }
        String s = value.toString().trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw invalid(key, "expected true or false but got \"" + value + "\"");
        };
    }

    @Override
    public Duration getDuration(String key, Duration defaultValue) {
        if (!has(key)) {
            return defaultValue;
        }
        Object value = values.get(key);
        if (value instanceof Duration d) {
            return d;
        }
        if (value instanceof Number n) {
            return Duration.ofMillis(n.longValue());
        }
        String s = value.toString().trim();
        try {
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2).trim()));
            }
            if (s.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(s.substring(0, s.length() - 1).trim()) * 1000));
            }
            if (s.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(s.substring(0, s.length() - 1).trim()));
            }
            return Duration.ofMillis(Long.parseLong(s));
        } catch (NumberFormatException e) {
            throw invalid(key, "expected a duration such as 500ms or 2s but got \"" + value + "\"");
        }
    }

    @Override
    public List<String> getStringList(String key, List<String> defaultValue) {
        if (!has(key)) {
            return defaultValue;
        }
        Object value = values.get(key);
        if (value instanceof Collection<?> c) {
            List<String> out = new ArrayList<>();
            c.forEach(item -> out.add(String.valueOf(item)));
            return List.copyOf(out);
        }
        return List.of(value.toString());
    }

    @Override
    public <E extends Enum<E>> E getEnum(Class<E> type, String key, E defaultValue) {
        if (!has(key)) {
            return defaultValue;
        }
        String wanted = getString(key).trim().replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        List<String> choices = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            choices.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw invalid(key, "unknown value \"" + getString(key) + "\"; choose one of " + String.join(", ", choices));
    }

    @Override
    @SuppressWarnings("unchecked")
    public ComponentConfig section(String key) {
        Object value = values.get(key);
        if (value == null) {
            return new MapComponentConfig(path + "." + key, Map.of());
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid(key, "expected a section { ... } but got " + value);
        }
        return new MapComponentConfig(path + "." + key, (Map<String, ?>) map);
    }

    @Override
    public String origin(String key) {
        return "test";
    }

    @Override
    public InvalidConfigException invalid(String key, String message) {
        return new InvalidConfigException(path + "." + key, origin(key), message);
    }
}
