package io.logicminer.testkit;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.InvalidConfigException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A {@link ComponentConfig} over a plain map, for plugin tests. Nested sections are nested maps, lists are
 * collections; values may be given as their Java type or as strings (as the command line gives them), and a
 * {@link Duration} is accepted as itself. Values are read with Typesafe Config's parsing, as the host reads them, so
 * {@code "1h"}, {@code "a, b"} as a list and every other rule of {@link ComponentConfig} hold here exactly as in the
 * host; {@link ComponentConfigContract} checks both. Keys are plain keys: a dot inside one is part of the name.
 */
public final class MapComponentConfig implements ComponentConfig {

    private static final String ORIGIN = "test";
    private static final String DURATION_EXPECTED =
            "a duration such as 500ms, 30s, 2m or 1h (units: ns, us, ms, s, m, h, d)";

    private final String path;
    private final Map<String, Object> values;
    private final Config section;

    public MapComponentConfig(String path, Map<String, ?> values) {
        this.path = path;
        this.values = new LinkedHashMap<>(values);
        this.section = ConfigValueFactory.fromMap(plain(this.values), ORIGIN).toConfig();
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
        return new LinkedHashSet<>(values.keySet());
    }

    @Override
    public boolean has(String key) {
        return section.hasPath(quote(key));
    }

    @Override
    public String getString(String key) {
        return get(key, "a string", () -> {
            ConfigValue value = section.getValue(quote(key));
            if (value.valueType() == ConfigValueType.OBJECT || value.valueType() == ConfigValueType.LIST) {
                throw invalid(key, "expected a string but got a " + value.valueType().name().toLowerCase(Locale.ROOT)
                        + ": " + value.unwrapped());
            }
            return String.valueOf(value.unwrapped());
        });
    }

    @Override
    public String getString(String key, String defaultValue) {
        return has(key) ? getString(key) : defaultValue;
    }

    @Override
    public int getInt(String key) {
        long value = wholeNumber(key);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw invalid(key, "expected a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
                    + " but got '" + value + "'");
        }
        return (int) value;
    }

    @Override
    public int getInt(String key, int defaultValue) {
        return has(key) ? getInt(key) : defaultValue;
    }

    @Override
    public long getLong(String key, long defaultValue) {
        return has(key) ? wholeNumber(key) : defaultValue;
    }

    private long wholeNumber(String key) {
        Number number = get(key, "a whole number", () -> section.getNumber(quote(key)));
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (value != Math.rint(value) || Math.abs(value) > 0x1p53) {
                throw invalid(key, "expected a whole number but got '" + raw(key) + "'");
            }
            return (long) value;
        }
        return number.longValue();
    }

    @Override
    public double getDouble(String key) {
        return get(key, "a number", () -> section.getDouble(quote(key)));
    }

    @Override
    public double getDouble(String key, double defaultValue) {
        return has(key) ? getDouble(key) : defaultValue;
    }

    @Override
    public boolean getBoolean(String key, boolean defaultValue) {
        return has(key) ? get(key, "true or false (or yes/no, on/off)", () -> section.getBoolean(quote(key)))
                : defaultValue;
    }

    @Override
    public Duration getDuration(String key, Duration defaultValue) {
        return has(key) ? get(key, DURATION_EXPECTED, () -> section.getDuration(quote(key))) : defaultValue;
    }

    @Override
    public List<String> getStringList(String key, List<String> defaultValue) {
        if (!has(key)) {
            return defaultValue;
        }
        ConfigValue value = section.getValue(quote(key));
        if (value.valueType() != ConfigValueType.LIST && value.valueType() != ConfigValueType.OBJECT) {
            String text = String.valueOf(value.unwrapped());
            return text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::strip).toList();
        }
        return get(key, "a list of strings", () -> section.getStringList(quote(key)));
    }

    @Override
    public <E extends Enum<E>> E getEnum(Class<E> type, String key, E defaultValue) {
        if (!has(key)) {
            return defaultValue;
        }
        String raw = getString(key);
        String wanted = raw.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
        throw invalid(key, "expected one of " + choices + " but got '" + raw + "'");
    }

    @Override
    @SuppressWarnings("unchecked")
    public ComponentConfig section(String key) {
        Object value = values.get(key);
        if (value == null) {
            return new MapComponentConfig(full(key), Map.of());
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidConfigException(full(key), origin(key), "must be a section { ... } but is "
                    + section.getValue(quote(key)).valueType().name().toLowerCase(Locale.ROOT) + " '" + value + "'");
        }
        return new MapComponentConfig(full(key), (Map<String, ?>) map);
    }

    @Override
    public String origin(String key) {
        return ORIGIN;
    }

    @Override
    public InvalidConfigException invalid(String key, String message) {
        return new InvalidConfigException(full(key), origin(key), message);
    }

    private <T> T get(String key, String expected, Supplier<T> read) {
        if (!has(key)) {
            throw new InvalidConfigException(full(key), origin(key),
                    "is required but not set; add " + key + " = ... to the " + path + " section");
        }
        try {
            return read.get();
        } catch (ConfigException.WrongType | ConfigException.BadValue e) {
            throw invalid(key, "expected " + expected + " but got '" + raw(key) + "'");
        }
    }

    private Object raw(String key) {
        return section.getValue(quote(key)).unwrapped();
    }

    private String full(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String quote(String key) {
        return key.matches("[A-Za-z0-9_-]+") ? key : ConfigUtil.joinPath(key);
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
