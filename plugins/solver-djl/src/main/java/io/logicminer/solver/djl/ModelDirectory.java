package io.logicminer.solver.djl;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A local model directory in the layout of {@code optimum-cli export onnx --task text-generation-with-past}:
 * {@code model.onnx} (with past key values; large models keep weights in {@code model.onnx_data} beside it),
 * {@code config.json}, {@code tokenizer.json}, {@code tokenizer_config.json} (the chat template) and, optionally,
 * {@code generation_config.json}. Reading it checks every file the model needs and reports the first problem with
 * the path and the export command.
 *
 * @param dir                    the directory
 * @param name                   what responses report as the model: {@code _name_or_path} or the directory's name
 * @param layers                 decoder layers: the number of past_key_values.N pairs
 * @param kvHeads                key/value heads (grouped-query attention has fewer than attention heads)
 * @param headDim                size of one head
 * @param maxPositions           longest sequence the model was trained for
 * @param eosTokenIds            tokens that end a completion (generation_config.json, else config.json)
 * @param chatTemplate           the Jinja chat template from tokenizer_config.json
 * @param generationConfig       generation_config.json, or an empty object
 */
record ModelDirectory(Path dir, String name, int layers, int kvHeads, int headDim, int maxPositions,
                      Set<Long> eosTokenIds, String chatTemplate, JsonObject generationConfig) {

    static final String MODEL_FILE = "model.onnx";

    static ModelDirectory read(Path dir) {
        if (!Files.exists(dir)) {
            throw new ModelDirectoryException(dir, "the directory does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new ModelDirectoryException(dir, "the path is not a directory");
        }
        List<String> missing = new ArrayList<>();
        for (String file : List.of(MODEL_FILE, "config.json", "tokenizer.json", "tokenizer_config.json")) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                missing.add(file);
            }
        }
        if (!missing.isEmpty()) {
            throw new ModelDirectoryException(dir, "missing " + String.join(", ", missing));
        }
        JsonObject config = json(dir, "config.json");
        JsonObject generation = Files.isRegularFile(dir.resolve("generation_config.json"))
                ? json(dir, "generation_config.json") : new JsonObject();
        JsonObject tokenizerConfig = json(dir, "tokenizer_config.json");

        int hidden = positiveInt(dir, config, "hidden_size");
        int heads = positiveInt(dir, config, "num_attention_heads");
        int layers = positiveInt(dir, config, "num_hidden_layers");
        int kvHeads = config.has("num_key_value_heads") ? positiveInt(dir, config, "num_key_value_heads") : heads;
        int headDim = config.has("head_dim") && !config.get("head_dim").isJsonNull()
                ? positiveInt(dir, config, "head_dim") : hidden / heads;
        int maxPositions = config.has("max_position_embeddings")
                ? positiveInt(dir, config, "max_position_embeddings") : Integer.MAX_VALUE;

        Set<Long> eos = new LinkedHashSet<>(tokenIds(dir, generation, "generation_config.json"));
        if (eos.isEmpty()) {
            eos.addAll(tokenIds(dir, config, "config.json"));
        }
        if (eos.isEmpty()) {
            throw new ModelDirectoryException(dir, "no eos_token_id in generation_config.json or config.json");
        }
        JsonElement template = tokenizerConfig.get("chat_template");
        String chatTemplate = template == null || template.isJsonNull() ? null : templateText(dir, template);
        if (chatTemplate == null && Files.isRegularFile(dir.resolve("chat_template.jinja"))) {
            try {
                chatTemplate = Files.readString(dir.resolve("chat_template.jinja"));
            } catch (IOException e) {
                throw new ModelDirectoryException(dir, "cannot read chat_template.jinja: " + e.getMessage(), e);
            }
        }
        if (chatTemplate == null) {
            throw new ModelDirectoryException(dir,
                    "no chat_template in tokenizer_config.json (nor chat_template.jinja): export an instruct model");
        }
        JsonElement nameOrPath = config.get("_name_or_path");
        String name = nameOrPath != null && nameOrPath.isJsonPrimitive() && !nameOrPath.getAsString().isBlank()
                ? nameOrPath.getAsString() : String.valueOf(dir.getFileName());
        return new ModelDirectory(dir, name, layers, kvHeads, headDim, maxPositions, Set.copyOf(eos), chatTemplate,
                generation);
    }

    Path modelFile() {
        return dir.resolve(MODEL_FILE);
    }

    /** A generation_config.json number, or {@code fallback} when absent. */
    double generationNumber(String key, double fallback) {
        JsonElement e = generationConfig.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() ? e.getAsDouble() : fallback;
    }

    /** Whether generation_config.json asks for greedy decoding ({@code do_sample: false}). */
    boolean greedyByDefault() {
        JsonElement e = generationConfig.get("do_sample");
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean() && !e.getAsBoolean();
    }

    private static String templateText(Path dir, JsonElement template) {
        if (template.isJsonPrimitive()) {
            return template.getAsString();
        }
        // a list of named templates: [{"name": "default", "template": "..."}, {"name": "tool_use", ...}]
        if (template.isJsonArray()) {
            for (JsonElement e : template.getAsJsonArray()) {
                if (e.isJsonObject() && "default".equals(stringOrNull(e.getAsJsonObject().get("name")))) {
                    return stringOrNull(e.getAsJsonObject().get("template"));
                }
            }
        }
        throw new ModelDirectoryException(dir, "tokenizer_config.json's chat_template is neither a string nor a list"
                + " with a \"default\" template");
    }

    private static String stringOrNull(JsonElement e) {
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    private static JsonObject json(Path dir, String file) {
        try {
            JsonElement parsed = JsonParser.parseString(Files.readString(dir.resolve(file)));
            if (!parsed.isJsonObject()) {
                throw new ModelDirectoryException(dir, file + " is not a JSON object");
            }
            return parsed.getAsJsonObject();
        } catch (IOException e) {
            throw new ModelDirectoryException(dir, "cannot read " + file + ": " + e.getMessage(), e);
        } catch (JsonParseException e) {
            throw new ModelDirectoryException(dir, file + " is not valid JSON (" + e.getMessage() + ")", e);
        }
    }

    private static int positiveInt(Path dir, JsonObject config, String key) {
        JsonElement e = config.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() || e.getAsDouble() < 1
                || e.getAsDouble() != Math.rint(e.getAsDouble())) {
            throw new ModelDirectoryException(dir, "config.json needs " + key + " as a positive whole number, got "
                    + e);
        }
        return e.getAsInt();
    }

    private static List<Long> tokenIds(Path dir, JsonObject json, String file) {
        JsonElement e = json.get("eos_token_id");
        List<Long> ids = new ArrayList<>();
        if (e == null || e.isJsonNull()) {
            return ids;
        }
        JsonArray array;
        if (e.isJsonArray()) {
            array = e.getAsJsonArray();
        } else {
            array = new JsonArray();
            array.add(e);
        }
        for (JsonElement id : array) {
            if (!id.isJsonPrimitive() || !id.getAsJsonPrimitive().isNumber()) {
                throw new ModelDirectoryException(dir, file + "'s eos_token_id must be a token id or a list of"
                        + " them, got " + e);
            }
            ids.add(id.getAsLong());
        }
        return ids;
    }
}
