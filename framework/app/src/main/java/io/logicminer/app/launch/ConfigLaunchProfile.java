package io.logicminer.app.launch;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.launch.LaunchProfile;
import io.logicminer.spi.launch.ModelSpec;
import io.logicminer.spi.launch.QuantizedVariant;
import io.logicminer.spi.launch.WeightDtype;

import java.util.ArrayList;
import java.util.List;

/**
 * A profile written in the config, {@code launch.profiles.NAME { model = ..., parameters = ..., ... }}: the fields
 * of {@link ModelSpec} as found in the model's config.json, and its quantized variants as
 * {@code quantized.NAME { model, method, bits }}.
 */
final class ConfigLaunchProfile implements LaunchProfile {

    private final String name;
    private final ModelSpec model;

    private ConfigLaunchProfile(String name, ModelSpec model) {
        this.name = name;
        this.model = model;
    }

    /** Reads and checks {@code section} ({@code launch.profiles.NAME}). */
    static ConfigLaunchProfile read(String name, ComponentConfig section) {
        double parameters = section.getDouble("parameters");
        if (parameters < 1e6) {
            throw section.invalid("parameters", "is the parameter count, e.g. 7615616512 or 7.6e9; got " + parameters);
        }
        int heads = section.getInt("attention_heads");
        int hidden = section.getInt("hidden_size");
        if (heads <= 0) {
            throw section.invalid("attention_heads", "must be positive, got " + heads);
        }
        WeightDtype dtype;
        try {
            dtype = WeightDtype.parse(section.getString("dtype", "bfloat16"));
        } catch (IllegalArgumentException e) {
            throw section.invalid("dtype", e.getMessage());
        }
        List<QuantizedVariant> variants = new ArrayList<>();
        ComponentConfig quantized = section.section("quantized");
        for (String key : quantized.keys()) {
            ComponentConfig variant = quantized.section(key);
            try {
                variants.add(new QuantizedVariant(variant.getString("model", section.getString("model")),
                        variant.getString("method"), variant.getDouble("bits"), variant.getString("note", "")));
            } catch (IllegalArgumentException e) {
                throw quantized.invalid(key, e.getMessage());
            }
        }
        try {
            return new ConfigLaunchProfile(name, new ModelSpec(section.getString("model"), Math.round(parameters),
                    section.getInt("layers"), heads, section.getInt("kv_heads", heads),
                    section.getInt("head_dim", hidden / heads), hidden, section.getInt("vocab_size"),
                    section.getBoolean("tied_embeddings", false), section.getInt("max_context"), dtype,
                    section.getBoolean("trust_remote_code", false), variants, section.getString("note", "")));
        } catch (IllegalArgumentException e) {
            throw section.invalid("model", e.getMessage());
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return model.modelId() + " (" + String.format(java.util.Locale.ROOT, "%.1f", model.parameters() / 1e9)
                + "B, from the config)";
    }

    @Override
    public ModelSpec model() {
        return model;
    }
}
