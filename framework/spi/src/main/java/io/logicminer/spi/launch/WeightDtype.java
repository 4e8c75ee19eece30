package io.logicminer.spi.launch;

/**
 * The floating-point type a model's unquantized weights (and its KV cache) are held in, with vLLM's
 * {@code --dtype} name and its size.
 */
public enum WeightDtype {
    /** IEEE half precision, 2 bytes. */
    FLOAT16("float16", 2),
    /** bfloat16, 2 bytes; needs a GPU of compute capability 8.0 or more (Ampere and later). */
    BFLOAT16("bfloat16", 2),
    /** single precision, 4 bytes. */
    FLOAT32("float32", 4);

    private final String vllmName;
    private final int bytes;

    WeightDtype(String vllmName, int bytes) {
        this.vllmName = vllmName;
        this.bytes = bytes;
    }

    /** The value of vLLM's {@code --dtype} (and of {@code torch_dtype} in a model's config.json). */
    public String vllmName() {
        return vllmName;
    }

    /** Bytes per value. */
    public int bytes() {
        return bytes;
    }

    /**
     * The dtype for a name as written in config.json or on vLLM's command line ({@code bfloat16}, {@code float16},
     * {@code half}, {@code fp16}, {@code bf16}, {@code float32}, {@code float}, {@code fp32}).
     *
     * @throws IllegalArgumentException naming the value and the choices
     */
    public static WeightDtype parse(String name) {
        return switch (name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "float16", "fp16", "half" -> FLOAT16;
            case "bfloat16", "bf16" -> BFLOAT16;
            case "float32", "fp32", "float" -> FLOAT32;
            default -> throw new IllegalArgumentException("unknown dtype '" + name
                    + "'; expected bfloat16, float16 or float32");
        };
    }
}
