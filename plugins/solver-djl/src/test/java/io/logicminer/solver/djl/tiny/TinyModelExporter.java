package io.logicminer.solver.djl.tiny;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a complete model directory in the layout of {@code optimum-cli export onnx --task
 * text-generation-with-past}: {@code model.onnx} (a tiny seeded decoder, {@link TinyDecoderGraph}),
 * {@code config.json}, {@code generation_config.json}, {@code tokenizer.json} (byte-level BPE trained by
 * {@link ByteLevelBpeTrainer} on a small corpus, with ChatML's special tokens) and {@code tokenizer_config.json}
 * (a ChatML chat template in Jinja, written here, of the same shape as Qwen2.5's). Same inputs, same bytes.
 *
 * <p>Run {@code main(dir)} to write one by hand; the tests use {@link #exportOnce}.
 */
public final class TinyModelExporter {

    public static final String END_OF_TEXT = "<|endoftext|>";
    public static final String IM_START = "<|im_start|>";
    public static final String IM_END = "<|im_end|>";
    public static final String DEFAULT_SYSTEM_PROMPT = "You are a tiny test model. You answer briefly.";

    static final int LAYERS = 2;
    static final int HEADS = 4;
    static final int HIDDEN = 64;
    static final int MAX_POSITIONS = 1024;
    private static final int MERGES = 300;
    private static final long SEED = 20261202L;

    /** A ChatML template with a default system prompt, the structure Qwen2.5's template has (without tools). */
    static final String CHAT_TEMPLATE = "{%- if messages[0]['role'] == 'system' %}"
            + "{{- '<|im_start|>system\\n' + messages[0]['content'] + '<|im_end|>\\n' }}"
            + "{%- else %}"
            + "{{- '<|im_start|>system\\n" + DEFAULT_SYSTEM_PROMPT + "<|im_end|>\\n' }}"
            + "{%- endif %}"
            + "{%- for message in messages %}"
            + "{%- if not (message.role == 'system' and loop.first) %}"
            + "{{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>\\n' }}"
            + "{%- endif %}"
            + "{%- endfor %}"
            + "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}";

    private static final String CORPUS = """
            Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May.
            How many clips did Natalia sell altogether in April and May? In May she sold 48 / 2 = 24 clips.
            Altogether she sold 48 + 24 = 72 clips. The answer is 72.
            Weng earns 12 dollars an hour for babysitting. Yesterday, she just did 50 minutes of babysitting.
            How much did she earn? She earns 12 / 60 = 0.2 dollars per minute, so 0.2 * 50 = 10 dollars.
            Let's think step by step. First, find the total. Then subtract what was spent. Finally, check the result.
            If x + 3 = 10, then x = 7. The sum of the angles of a triangle is 180 degrees.
            A train travels 60 miles per hour for 3 hours; it covers 60 * 3 = 180 miles. The answer is 180.
            What is the probability of rolling a six? There are six faces, so the probability is 1/6.
            Final answer: 42. Reasoning: we add the numbers, multiply by two, and divide by the count.
            """;

    private TinyModelExporter() {
    }

    public static void main(String[] args) throws IOException {
        export(Path.of(args.length > 0 ? args[0] : "target/tiny-model"));
    }

    private static Path exported;

    /** Exports into {@code target/tiny-model} once per JVM (fresh each run, so a changed exporter never leaves a stale model). */
    public static synchronized Path exportOnce() {
        if (exported == null) {
            Path dir = Path.of("target", "tiny-model").toAbsolutePath();
            try {
                export(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            exported = dir;
        }
        return exported;
    }

    public static void export(Path dir) throws IOException {
        Files.createDirectories(dir);
        ByteLevelBpeTrainer.Bpe bpe = ByteLevelBpeTrainer.train(CORPUS, MERGES);
        int base = bpe.vocab().size();
        int endOfText = base;
        int imStart = base + 1;
        int imEnd = base + 2;
        int vocab = base + 3;

        TinyDecoderGraph graph = new TinyDecoderGraph(vocab, HIDDEN, LAYERS, HEADS, 4 * HIDDEN, MAX_POSITIONS, SEED,
                endOfText, imStart, imEnd);
        Files.write(dir.resolve("model.onnx"), graph.toOnnx());

        var gson = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("architectures", List.of("TinyDecoderForCausalLM"));
        config.put("model_type", "tiny-decoder");
        config.put("vocab_size", vocab);
        config.put("hidden_size", HIDDEN);
        config.put("num_hidden_layers", LAYERS);
        config.put("num_attention_heads", HEADS);
        config.put("num_key_value_heads", HEADS);
        config.put("max_position_embeddings", MAX_POSITIONS);
        config.put("bos_token_id", endOfText);
        config.put("eos_token_id", imEnd);
        config.put("torch_dtype", "float32");
        Files.writeString(dir.resolve("config.json"), gson.toJson(config));

        Map<String, Object> generation = new LinkedHashMap<>();
        generation.put("bos_token_id", endOfText);
        generation.put("eos_token_id", List.of(imEnd, endOfText));
        generation.put("do_sample", true);
        generation.put("temperature", 0.7);
        generation.put("top_p", 0.8);
        Files.writeString(dir.resolve("generation_config.json"), gson.toJson(generation));

        Files.writeString(dir.resolve("tokenizer.json"), gson.toJson(tokenizerJson(bpe, endOfText)));

        Map<String, Object> tokenizerConfig = new LinkedHashMap<>();
        tokenizerConfig.put("chat_template", CHAT_TEMPLATE);
        tokenizerConfig.put("eos_token", IM_END);
        tokenizerConfig.put("pad_token", END_OF_TEXT);
        tokenizerConfig.put("model_max_length", MAX_POSITIONS);
        tokenizerConfig.put("tokenizer_class", "PreTrainedTokenizerFast");
        Files.writeString(dir.resolve("tokenizer_config.json"), gson.toJson(tokenizerConfig));
    }

    private static Map<String, Object> tokenizerJson(ByteLevelBpeTrainer.Bpe bpe, int firstSpecial) {
        List<Map<String, Object>> added = new ArrayList<>();
        Map<String, Object> vocab = new LinkedHashMap<>(bpe.vocab());
        int id = firstSpecial;
        for (String special : List.of(END_OF_TEXT, IM_START, IM_END)) {
            Map<String, Object> token = new LinkedHashMap<>();
            token.put("id", id);
            token.put("content", special);
            token.put("single_word", false);
            token.put("lstrip", false);
            token.put("rstrip", false);
            token.put("normalized", false);
            token.put("special", true);
            added.add(token);
            vocab.put(special, id++);
        }
        Map<String, Object> byteLevel = new LinkedHashMap<>();
        byteLevel.put("type", "ByteLevel");
        byteLevel.put("add_prefix_space", false);
        byteLevel.put("trim_offsets", true);
        byteLevel.put("use_regex", true);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("type", "BPE");
        model.put("dropout", null);
        model.put("unk_token", null);
        model.put("continuing_subword_prefix", null);
        model.put("end_of_word_suffix", null);
        model.put("fuse_unk", false);
        model.put("byte_fallback", false);
        model.put("vocab", vocab);
        model.put("merges", bpe.merges());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", "1.0");
        json.put("truncation", null);
        json.put("padding", null);
        json.put("added_tokens", added);
        json.put("normalizer", null);
        json.put("pre_tokenizer", byteLevel);
        json.put("post_processor", byteLevel);
        json.put("decoder", byteLevel);
        json.put("model", model);
        return json;
    }
}
