package io.logicminer.solver.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.logicminer.solver.djl.tiny.TinyModelExporter;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.testkit.FixedHostContext;
import io.logicminer.testkit.MapComponentConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing or malformed model directory is a config error naming the path, the problem and the export command. */
class ModelDirectoryTest {

    @TempDir
    Path dir;

    private static InvalidConfigException createFails(Path path) {
        return assertThrows(InvalidConfigException.class, () -> create(path));
    }

    private static ChatModel create(Path path) {
        return new DjlChatModelType().create("local",
                MapComponentConfig.of("models.local", "type", "djl", "path", path.toString()), new FixedHostContext());
    }

    private static void assertNamesPathAndExport(InvalidConfigException e, Path path, String problem) {
        String message = e.getMessage();
        assertTrue(message.startsWith("models.local.path: "), message);
        assertTrue(message.contains(path.toString()), message);
        assertTrue(message.contains(problem), message);
        assertTrue(message.contains("optimum-cli export onnx --task text-generation-with-past"), message);
    }

    @Test
    void pathIsRequired() {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> new DjlChatModelType().create(
                "local", MapComponentConfig.of("models.local", "type", "djl"), new FixedHostContext()));
        assertEquals("models.local.path", e.path());
        assertTrue(e.getMessage().contains("optimum-cli export onnx"), e.getMessage());
    }

    @Test
    void missingDirectory() {
        Path missing = dir.resolve("qwen2.5-0.5b-instruct-onnx");
        assertNamesPathAndExport(createFails(missing), missing, "does not exist");
    }

    @Test
    void aFileIsNotADirectory() throws IOException {
        Path file = Files.writeString(dir.resolve("model.onnx"), "x");
        assertNamesPathAndExport(createFails(file), file, "not a directory");
    }

    @Test
    void missingFilesAreListed() throws IOException {
        GeneratorTest.copyModel(dir);
        Files.delete(dir.resolve("model.onnx"));
        Files.delete(dir.resolve("tokenizer.json"));
        assertNamesPathAndExport(createFails(dir), dir, "missing model.onnx, tokenizer.json");
    }

    @Test
    void malformedConfigJson() throws IOException {
        GeneratorTest.copyModel(dir);
        Files.writeString(dir.resolve("config.json"), "{\"hidden_size\": 64,");
        assertNamesPathAndExport(createFails(dir), dir, "config.json is not valid JSON");
    }

    @Test
    void configWithoutLayerCount() throws IOException {
        GeneratorTest.copyModel(dir);
        Files.writeString(dir.resolve("config.json"),
                "{\"hidden_size\": 64, \"num_attention_heads\": 4, \"eos_token_id\": 1}");
        assertNamesPathAndExport(createFails(dir), dir, "config.json needs num_hidden_layers");
    }

    @Test
    void layerCountThatDisagreesWithTheGraph() throws IOException {
        GeneratorTest.copyModel(dir);
        String config = Files.readString(dir.resolve("config.json")).replace("\"num_hidden_layers\": 2",
                "\"num_hidden_layers\": 3");
        Files.writeString(dir.resolve("config.json"), config);
        assertNamesPathAndExport(createFails(dir), dir, "no input past_key_values.2.key");
    }

    @Test
    void corruptOnnxFile() throws IOException {
        GeneratorTest.copyModel(dir);
        Files.write(dir.resolve("model.onnx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertNamesPathAndExport(createFails(dir), dir, "ONNX Runtime cannot load model.onnx");
    }

    @Test
    void aFloat16ExportIsRefusedAtLoadNotAtTheFirstRequest() throws IOException {
        GeneratorTest.copyModel(dir);
        // what `--dtype fp16` gives: float16 past/present keys and values; the tiny config's 2 layers, 4 x 16 heads
        Files.write(dir.resolve("model.onnx"), io.logicminer.solver.djl.tiny.Float16CacheGraph.toOnnx(2, 4, 16));
        InvalidConfigException e = createFails(dir);
        assertNamesPathAndExport(e, dir, "a first forward pass with one token fails");
        assertTrue(e.getMessage().contains("float16 exports are not supported; export with float32"),
                e.getMessage());
    }

    @Test
    void anExportWithoutPastKeyValues() throws IOException {
        GeneratorTest.copyModel(dir);
        // what `--task text-generation` (no "-with-past") gives: input_ids and attention_mask only
        Files.write(dir.resolve("model.onnx"), io.logicminer.solver.djl.tiny.NoCacheGraph.toOnnx());
        assertNamesPathAndExport(createFails(dir), dir, "no input past_key_values.0.key");
    }

    @Test
    void aTemplateThatIsNotChatMl() throws IOException {
        GeneratorTest.copyModel(dir);
        Files.writeString(dir.resolve("tokenizer_config.json"),
                "{\"chat_template\": \"{% for m in messages %}[INST] {{ m.content }} [/INST]{% endfor %}\"}");
        assertNamesPathAndExport(createFails(dir), dir, "not ChatML");
    }

    @Test
    void noChatTemplate() throws IOException {
        GeneratorTest.copyModel(dir);
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"eos_token\": \"<|im_end|>\"}");
        assertNamesPathAndExport(createFails(dir), dir, "no chat_template");
    }

    @Test
    void noEndOfSequenceToken() throws IOException {
        GeneratorTest.copyModel(dir);
        Files.delete(dir.resolve("generation_config.json"));
        Files.writeString(dir.resolve("config.json"), Files.readString(dir.resolve("config.json"))
                .replaceAll("\"eos_token_id\": \\d+,?", ""));
        assertNamesPathAndExport(createFails(dir), dir, "no eos_token_id");
    }

    @Test
    void readsAnExportedDirectory() {
        ModelDirectory model = ModelDirectory.read(TinyModelExporter.exportOnce());
        assertEquals(2, model.layers());
        assertEquals(4, model.kvHeads());
        assertEquals(16, model.headDim());
        assertEquals(1024, model.maxPositions());
        assertEquals(2, model.eosTokenIds().size(), "generation_config.json's list wins over config.json's id");
        assertEquals("tiny-model", model.name());
        assertEquals(0.7, model.generationNumber("temperature", 1), 1e-9);
    }

    @Test
    void gpuWithoutOnnxRuntimesGpuBuildNamesTheJarToSwap() {
        // the tests run with the CPU build of ONNX Runtime, which has no CUDA execution provider
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> new DjlChatModelType().create(
                "local", MapComponentConfig.of("models.local", "type", "djl", "path",
                        TinyModelExporter.exportOnce().toString(), "device", "gpu"), new FixedHostContext()));
        assertEquals("models.local.device", e.path());
        assertTrue(e.getMessage().contains("com.microsoft.onnxruntime:onnxruntime_gpu"), e.getMessage());
        assertTrue(e.getMessage().contains("CUDA"), e.getMessage());
    }

    @Test
    void badSettingsNameTheirKey() {
        Path path = TinyModelExporter.exportOnce();
        for (Object[] bad : new Object[][] {{"device", "tpu"}, {"top_p", 1.5}, {"temperature", -1},
                {"max_tokens", 0}, {"threads", -2}, {"concurrency", 0}, {"max_prompt_tokens", 0},
                {"temperature", Double.NaN}}) {
            InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> DjlSettings.from(
                    MapComponentConfig.of("models.local", "path", path.toString(), (String) bad[0], bad[1])));
            assertEquals("models.local." + bad[0], e.path());
        }
    }
}
