package io.logicminer.core.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;
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
                rendered = value.render(com.typesafe.config.ConfigRenderOptions.concise());
            }
            lines.add(entry.getKey() + " = " + rendered + "  # " + ConfigOrigins.describe(value));
        }
        return lines;
    }
}
