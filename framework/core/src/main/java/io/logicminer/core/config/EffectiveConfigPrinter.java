package io.logicminer.core.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import io.logicminer.config.ConfigOrigins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the effective config one leaf per line, {@code path = value  # origin}, secrets masked.
 */
public final class EffectiveConfigPrinter {

    private EffectiveConfigPrinter() {
    }

    /** The lines, sorted by path. */
    public static List<String> lines(Config config) {
        Map<String, ConfigValue> leaves = new TreeMap<>();
        for (Map.Entry<String, ConfigValue> entry : config.entrySet()) {
            leaves.put(entry.getKey(), entry.getValue());
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, ConfigValue> entry : leaves.entrySet()) {
            ConfigValue value = entry.getValue();
            String rendered;
            if (SecretKeys.isSecret(entry.getKey()) && value.valueType() == ConfigValueType.STRING) {
                String masked = SecretKeys.mask((String) value.unwrapped());
                rendered = masked.isEmpty() ? "\"\"" : "\"" + masked + "\"";
            } else {
                // A list is one leaf here; sections inside it (endpoints = [ { api_key = ... } ]) hide secrets too.
                rendered = masked(value).render(ConfigRenderOptions.concise());
            }
            lines.add(entry.getKey() + " = " + rendered + "  # " + ConfigOrigins.describe(value));
        }
        return lines;
    }

    private static ConfigValue masked(ConfigValue value) {
        if (value instanceof ConfigList list) {
            List<Object> elements = new ArrayList<>();
            list.forEach(element -> elements.add(masked(element)));
            return ConfigValueFactory.fromIterable(elements, value.origin().description());
        }
        if (value instanceof ConfigObject object) {
            Map<String, Object> fields = new TreeMap<>();
            object.forEach((key, field) -> fields.put(key, SecretKeys.isSecret(key)
                    && field.valueType() == ConfigValueType.STRING
                    ? ConfigValueFactory.fromAnyRef(SecretKeys.mask((String) field.unwrapped())) : masked(field)));
            return ConfigValueFactory.fromMap(fields, value.origin().description());
        }
        return value;
    }
}
