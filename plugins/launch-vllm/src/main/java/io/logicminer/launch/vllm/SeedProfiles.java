package io.logicminer.launch.vllm;

import io.logicminer.spi.launch.LaunchProfile;
import io.logicminer.spi.launch.ModelSpec;
import io.logicminer.spi.launch.QuantizedVariant;
import io.logicminer.spi.launch.WeightDtype;
import org.pf4j.Extension;

import java.util.List;

/**
 * The models LogicNet's reference miner lists (docs/MINER.md of the seed release), one profile each. The numbers are
 * those of each checkpoint's {@code config.json} on Hugging Face; parameter counts are what the weights hold (the
 * sum over the architecture's tensors, as the hub reports it). docs/gpu.md states the sources.
 *
 * <p>Every profile offers vLLM's own FP8 quantization of the original checkpoint ({@code --quantization fp8}: 8 bits
 * per weight, one scale per tensor; Ampere or later) and, where the publisher or a well-known quantizer released one,
 * a 4-bit AWQ/GPTQ checkpoint (4 bits plus a 16-bit scale and zero point per group of 128 weights: 4.25 bits).
 */
final class SeedProfiles {

    private SeedProfiles() {
    }

    static final double FP8_BITS = 8.0;
    static final double GROUPED_4BIT = 4.25;

    private static QuantizedVariant fp8(String modelId) {
        return new QuantizedVariant(modelId, "fp8", FP8_BITS,
                "vLLM quantizes the weights to FP8 while loading; needs compute capability 8.0 or more");
    }

    /** A profile from its facts; each nested extension below is one row of the seed's table. */
    abstract static class SeedProfile implements LaunchProfile {
        private final String name;
        private final ModelSpec model;

        SeedProfile(String name, ModelSpec model) {
            this.name = name;
            this.model = model;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return model.modelId() + " (" + String.format(java.util.Locale.ROOT, "%.1f", model.parameters() / 1e9)
                    + "B, built in)";
        }

        @Override
        public ModelSpec model() {
            return model;
        }
    }

    /** Qwen/Qwen2-7B-Instruct: grouped-query attention with 4 KV heads, so its KV cache is small. */
    @Extension
    public static final class Qwen2SevenBInstruct extends SeedProfile {
        public Qwen2SevenBInstruct() {
            super("qwen2-7b-instruct", new ModelSpec("Qwen/Qwen2-7B-Instruct", 7_615_616_512L, 28, 28, 4, 128, 3584,
                    152_064, false, 32_768, WeightDtype.BFLOAT16, false,
                    List.of(fp8("Qwen/Qwen2-7B-Instruct"),
                            new QuantizedVariant("Qwen/Qwen2-7B-Instruct-AWQ", "awq", GROUPED_4BIT, "Qwen's own AWQ")),
                    "the reference miner's default model"));
        }
    }

    /** mistralai/Mistral-7B-Instruct-v0.1. */
    @Extension
    public static final class Mistral7BInstruct extends SeedProfile {
        public Mistral7BInstruct() {
            super("mistral-7b-instruct", new ModelSpec("mistralai/Mistral-7B-Instruct-v0.1", 7_241_732_096L, 32, 32,
                    8, 128, 4096, 32_000, false, 32_768, WeightDtype.BFLOAT16, false,
                    List.of(fp8("mistralai/Mistral-7B-Instruct-v0.1"),
                            new QuantizedVariant("TheBloke/Mistral-7B-Instruct-v0.1-AWQ", "awq", GROUPED_4BIT, "")),
                    "sliding-window attention (4096 tokens) over a 32768-token position range"));
        }
    }

    /** Qwen/Qwen-7B-Chat: the first Qwen, with its own modelling code. */
    @Extension
    public static final class Qwen7BChat extends SeedProfile {
        public Qwen7BChat() {
            super("qwen-7b-chat", new ModelSpec("Qwen/Qwen-7B-Chat", 7_721_324_544L, 32, 32, 32, 128, 4096, 151_936,
                    false, 8192, WeightDtype.BFLOAT16, true,
                    List.of(fp8("Qwen/Qwen-7B-Chat"),
                            new QuantizedVariant("Qwen/Qwen-7B-Chat-Int4", "gptq", GROUPED_4BIT, "Qwen's own GPTQ")),
                    "needs --trust-remote-code (the checkpoint ships its own tokenizer code); full multi-head"
                            + " attention, so its KV cache is 8x Qwen2-7B's per token"));
        }
    }

    /** baichuan-inc/Baichuan2-13B-Chat: ALiBi positions, own modelling code. */
    @Extension
    public static final class Baichuan2ThirteenBChat extends SeedProfile {
        public Baichuan2ThirteenBChat() {
            super("baichuan2-13b-chat", new ModelSpec("baichuan-inc/Baichuan2-13B-Chat", 13_896_668_160L, 40, 40, 40,
                    128, 5120, 125_696, false, 4096, WeightDtype.BFLOAT16, true,
                    List.of(fp8("baichuan-inc/Baichuan2-13B-Chat")),
                    "needs --trust-remote-code; Baichuan's own 4-bit release is bitsandbytes, not planned here"));
        }
    }

    /**
     * meta-llama/Llama-2-13b-chat-hf. The seed's table names the base model {@code meta-llama/Llama-2-13b-hf} in
     * its chat column; a miner needs the chat-tuned checkpoint, which this profile serves.
     */
    @Extension
    public static final class Llama2ThirteenBChat extends SeedProfile {
        public Llama2ThirteenBChat() {
            super("llama-2-13b-chat", new ModelSpec("meta-llama/Llama-2-13b-chat-hf", 13_015_864_320L, 40, 40, 40,
                    128, 5120, 32_000, false, 4096, WeightDtype.FLOAT16, false,
                    List.of(fp8("meta-llama/Llama-2-13b-chat-hf"),
                            new QuantizedVariant("TheBloke/Llama-2-13B-chat-AWQ", "awq", GROUPED_4BIT, "")),
                    "the seed lists the base model Llama-2-13b-hf as a chat model; this is the chat checkpoint."
                            + " Gated: accept Meta's licence on Hugging Face and set HF_TOKEN"));
        }
    }

    /** tiiuae/falcon-40b: 8 KV heads of size 64, a 2048-token context. */
    @Extension
    public static final class Falcon40B extends SeedProfile {
        public Falcon40B() {
            super("falcon-40b", new ModelSpec("tiiuae/falcon-40b", 41_835_970_560L, 60, 128, 8, 64, 8192, 65_024,
                    false, 2048, WeightDtype.BFLOAT16, false,
                    List.of(fp8("tiiuae/falcon-40b")),
                    "a base model, not chat-tuned; 2048-token context"));
        }
    }

    /** mistralai/Mixtral-8x7B-Instruct-v0.1: a mixture of 8 experts, all of which are loaded. */
    @Extension
    public static final class Mixtral8x7BInstruct extends SeedProfile {
        public Mixtral8x7BInstruct() {
            super("mixtral-8x7b-instruct", new ModelSpec("mistralai/Mixtral-8x7B-Instruct-v0.1", 46_702_792_704L, 32,
                    32, 8, 128, 4096, 32_000, false, 32_768, WeightDtype.BFLOAT16, false,
                    List.of(fp8("mistralai/Mixtral-8x7B-Instruct-v0.1"),
                            new QuantizedVariant("TheBloke/Mixtral-8x7B-Instruct-v0.1-AWQ", "awq", GROUPED_4BIT, "")),
                    "8 experts of which 2 run per token: the memory of a 47B model, the speed of a 13B one"));
        }
    }
}
