package io.logicminer.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.InvalidConfigException;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A plugin's view of its config section, over Typesafe Config: the one implementation of {@link ComponentConfig}.
 * The host reads its sections through it, and the testkit's {@code MapComponentConfig} is this class over a map
 * (its only subclass; the getters are final, so it can change none of the rules). Every error names the full path,
 * the value's origin (file:line, the command-line override, or the origin the test's map was given) and what was
 * expected. What each getter accepts is the rule of {@link ComponentConfig}; the testkit's
 * {@code ComponentConfigContract} holds both entry points to it.
 */
public class TypesafeComponentConfig implements ComponentConfig {

    static final String DURATION_EXPECTED = "a duration such as 500ms, 30s, 2m or 1h (units: ns, us, ms, s, m, h, d)";

    private final String path;
    private final Config section;
    private final ConfigValue sectionValue;

    /**
     * @param root the resolved root config
     * @param path the section's path, e.g. {@code solvers.direct}, or {@code ""} for the whole config
     */
    public TypesafeComponentConfig(Config root, String path) {
        this(path, path.isEmpty() ? root.root() : root.hasPath(path) ? root.getValue(path) : null);
    }

    /**
     * A section given on its own rather than found in a root (the testkit's map-backed section is this): its keys are
     * the object's keys as they are, so a dot in a key is part of its name.
     *
     * @param path the path to name in errors, e.g. {@code solvers.direct}
     * @param sectionValue the section, a {@link ConfigObject}; {@code null} for a section that is not set
     * @throws InvalidConfigException if the value is not an object
     */
    protected TypesafeComponentConfig(String path, ConfigValue sectionValue) {
        this.path = path;
        this.sectionValue = sectionValue;
        if (sectionValue != null && sectionValue.valueType() != ConfigValueType.OBJECT) {
            throw new InvalidConfigException(path, ConfigOrigins.describe(sectionValue),
                    "must be a section { ... } but is a " + sectionValue.valueType().name().toLowerCase(Locale.ROOT)
                            + " '" + sectionValue.unwrapped() + "'");
        }
        this.section = sectionValue == null ? ConfigFactory.empty() : ((ConfigObject) sectionValue).toConfig();
    }

    @Override
    public final String path() {
        return path;
    }

    @Override
    public final Set<String> keys() {
        return new LinkedHashSet<>(section.root().keySet());
    }

    @Override
    public final boolean has(String key) {
        return section.hasPath(quote(key));
    }

    @Override
    public final String getString(String key) {
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
    public final String getString(String key, String defaultValue) {
        return has(key) ? getString(key) : defaultValue;
    }

    @Override
    public final int getInt(String key) {
        long value = wholeNumber(key);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw invalid(key, "expected a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
                    + " but got '" + value + "'");
        }
        return (int) value;
    }

    @Override
    public final int getInt(String key, int defaultValue) {
        return has(key) ? getInt(key) : defaultValue;
    }

    @Override
    public final long getLong(String key, long defaultValue) {
        return has(key) ? wholeNumber(key) : defaultValue;
    }

    // Typesafe Config truncates 2.5 to 2 when asked for a long; a fraction where a count belongs is a mistake.
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
    public final double getDouble(String key) {
        return get(key, "a number", () -> section.getDouble(quote(key)));
    }

    @Override
    public final double getDouble(String key, double defaultValue) {
        return has(key) ? getDouble(key) : defaultValue;
    }

    @Override
    public final boolean getBoolean(String key, boolean defaultValue) {
        return has(key) ? get(key, "true or false (or yes/no, on/off)", () -> section.getBoolean(quote(key)))
                : defaultValue;
    }

    @Override
    public final Duration getDuration(String key, Duration defaultValue) {
        return has(key) ? get(key, DURATION_EXPECTED, () -> section.getDuration(quote(key))) : defaultValue;
    }

    @Override
    public final List<String> getStringList(String key, List<String> defaultValue) {
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
    public final <E extends Enum<E>> E getEnum(Class<E> type, String key, E defaultValue) {
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
    public final ComponentConfig section(String key) {
        return new TypesafeComponentConfig(full(quote(key)), has(key) ? section.getValue(quote(key)) : null);
    }

    @Override
    public final List<ComponentConfig> getSectionList(String key) {
        if (!has(key)) {
            return List.of();
        }
        ConfigValue value = section.getValue(quote(key));
        if (value.valueType() != ConfigValueType.LIST) {
            throw invalid(key, "expected a list of sections [ { ... }, { ... } ] but got a "
                    + value.valueType().name().toLowerCase(Locale.ROOT) + ": " + value.unwrapped());
        }
        List<ComponentConfig> sections = new java.util.ArrayList<>();
        ConfigList list = (ConfigList) value;
        for (int i = 0; i < list.size(); i++) {
            ConfigValue element = list.get(i);
            String elementPath = full(key) + "[" + i + "]";
            if (element.valueType() != ConfigValueType.OBJECT) {
                throw new InvalidConfigException(elementPath, ConfigOrigins.describe(element),
                        "expected a section { ... } in the list but got a "
                                + element.valueType().name().toLowerCase(Locale.ROOT) + ": " + element.unwrapped());
            }
            sections.add(new TypesafeComponentConfig(elementPath, element));
        }
        return List.copyOf(sections);
    }

    @Override
    public final String origin(String key) {
        if (!has(key)) {
            return sectionValue == null ? "not set" : ConfigOrigins.describe(sectionValue);
        }
        return ConfigOrigins.describe(section.getValue(quote(key)));
    }

    @Override
    public final InvalidConfigException invalid(String key, String message) {
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
}
