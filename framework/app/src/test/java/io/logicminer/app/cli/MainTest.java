package io.logicminer.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.logicminer.core.plugin.TestPluginJars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path plugins;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void dropInEchoPlugin() throws Exception {
        plugins = Files.createDirectories(dir.resolve("plugins"));
        TestPluginJars.echoPlugin(plugins, "echo.jar", "echo-plugin");
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--plugins.dir", plugins.toString()));
        all.addAll(List.of(args));
        return Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void theReferenceMinersFlagsWorkVerbatim() {
        int code = run("config", "--netuid", "35", "--wallet.name", "W", "--wallet.hotkey", "H",
                "--subtensor.network", "finney", "--axon.port", "8091", "--miner.category", "Logic",
                "--miner.epoch_volume", "50", "--miner.llm_client.base_url", "http://localhost:8000/v1",
                "--miner.llm_client.model", "Qwen/Qwen2-7B-Instruct", "--logging.debug");
        assertEquals(0, code, err.toString());
        String printed = out.toString();
        for (String line : List.of("netuid = \"35\"  # command line --netuid",
                "wallet.name = \"W\"  # command line --wallet.name",
                "wallet.hotkey = \"H\"  # command line --wallet.hotkey",
                "subtensor.network = \"finney\"  # command line --subtensor.network",
                "axon.port = \"8091\"  # command line --axon.port",
                "miner.category = \"Logic\"  # command line --miner.category",
                "miner.epoch_volume = \"50\"  # command line --miner.epoch_volume",
                "miner.llm_client.base_url = \"http://localhost:8000/v1\"  # command line --miner.llm_client.base_url",
                "miner.llm_client.model = \"Qwen/Qwen2-7B-Instruct\"  # command line --miner.llm_client.model",
                "logging.debug = \"true\"  # command line --logging.debug")) {
            assertTrue(printed.contains(line), "missing: " + line + "\n" + printed);
        }
    }

    @Test
    void configShowsOriginsAndMasksSecrets() throws Exception {
        Path file = dir.resolve("app.conf");
        Files.writeString(file, "miner {\n  solver = echo\n  llm_client.api_key = \"sk-live-abcdef123456\"\n}\n");
        assertEquals(0, run("--config", file.toString(), "config"), err.toString());
        String printed = out.toString();
        assertFalse(printed.contains("sk-live-abcdef123456"), printed);
        assertTrue(printed.contains("miner.llm_client.api_key = \"****3456\"  # " + file + ":3"), printed);
        assertTrue(printed.contains("miner.solver = \"echo\"  # " + file + ":2"), printed);
        assertTrue(printed.contains("solvers.echo.type = \"echo\"  # logicminer-plugin.conf in echo.jar"), printed);
    }

    @Test
    void anUnknownSolverTypeIsOneLineNamingKeyOriginAndChoices() throws Exception {
        Path file = dir.resolve("app.conf");
        Files.writeString(file, "solvers {\n  mine {\n    type = ehco\n  }\n}\n");
        int code = run("--config", file.toString(), "solve", "--solver", "mine", "q");
        assertEquals(2, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        String line = err.toString().strip();
        assertTrue(line.startsWith("config error: solvers.mine.type"), line);
        assertTrue(line.contains("'ehco'") && line.contains("known: echo") && line.contains(file + ":3"), line);
    }

    @Test
    void aMissingSolverNameIsAConfigError() {
        assertEquals(2, run("solve", "--miner.solver", "nope", "q"));
        String line = err.toString().strip();
        assertTrue(line.contains("miner.solver") && line.contains("'nope'") && line.contains("echo")
                && line.contains("command line --miner.solver"), line);
    }

    @Test
    void aWrongValueTypeNamesTheKey() {
        assertEquals(2, run("solve", "--solver", "echo", "--miner.deadline_margin", "soon", "q"));
        String line = err.toString().strip();
        assertTrue(line.contains("miner.deadline_margin") && line.contains("'soon'") && line.contains("duration"), line);
    }

    @Test
    void aBrokenConfigFileIsAConfigErrorWithFileAndLine() throws Exception {
        Path file = dir.resolve("broken.conf");
        Files.writeString(file, "miner {\n  solver = \n  ]\n");
        assertEquals(2, run("--config", file.toString(), "config"));
        assertTrue(err.toString().contains("broken.conf"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void aMissingConfigFileIsAConfigError() {
        assertEquals(2, run("--config", dir.resolve("nope.conf").toString(), "config"));
        assertTrue(err.toString().contains("nope.conf") && err.toString().contains("does not exist"));
    }

    @Test
    void solvesOneQuestion() {
        assertEquals(0, run("solve", "--solver", "echo", "what is 2+2"));
        assertTrue(out.toString().contains("Answer: echo:11"), out.toString());
    }

    @Test
    void batchWritesOneLinePerInputInOrderAndKeepsBadLines() throws Exception {
        Path in = dir.resolve("q.jsonl");
        StringBuilder input = new StringBuilder();
        int n = 40;
        for (int i = 0; i < n; i++) {
            input.append("{\"id\":\"q").append(i).append("\",\"question\":\"").append("x".repeat(i + 1))
                    .append("\",\"ground_truth\":\"ignored\"}\n");
        }
        input.append("not json at all\n");
        input.append("{\"id\":\"empty\"}\n");
        Files.writeString(in, input);
        Path outFile = dir.resolve("a.jsonl");
        int code = run("solve", "--solver", "echo", "--in", in.toString(), "--out", outFile.toString(),
                "--concurrency", "8");
        assertEquals(1, code, "two lines failed: " + err);
        List<String> lines = Files.readAllLines(outFile);
        assertEquals(n + 2, lines.size());
        for (int i = 0; i < n; i++) {
            JsonNode row = JSON.readTree(lines.get(i));
            assertEquals("q" + i, row.get("id").asText());
            assertEquals("echo:" + (i + 1), row.get("answer").asText());
            assertEquals("echo", row.get("solver").asText());
            assertTrue(row.get("elapsed_ms").isNumber());
            assertFalse(row.has("error"));
        }
        assertTrue(JSON.readTree(lines.get(n)).get("error").asText().contains("not valid JSON"));
        JsonNode empty = JSON.readTree(lines.get(n + 1));
        assertEquals("empty", empty.get("id").asText());
        assertTrue(empty.get("error").asText().contains("question"));
        assertTrue(err.toString().contains(n + 2 + " lines, " + n + " answered, 2 failed"), err.toString());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("solve"));
        assertEquals(2, run("solve", "--in", dir.resolve("missing.jsonl").toString()));
        assertEquals(2, run("solve", "--concurrency", "0", "q"));
        assertEquals(2, run("frobnicate"));
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, Main.run(new String[] {"--version"}, new PrintWriter(out, true), new PrintWriter(err, true)));
        assertTrue(out.toString().startsWith("logicminer "));
        assertEquals(0, Main.run(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(err, true)));
        assertTrue(out.toString().contains("solve") && out.toString().contains("plugins"));
    }

    @Test
    void helpListsEverySubcommand() {
        assertEquals(0, Main.run(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(err, true)));
        for (Class<?> command : LogicminerCommand.SUBCOMMANDS) {
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            assertTrue(out.toString().contains("\n  " + name + " "), name + " in " + out);
        }
    }

    @Test
    void aLeadingSubcommandNameBuildsOnlyThatCommandElseAll() {
        assertEquals(List.of(MineCommand.class), LogicminerCommand.subcommandsFor(new String[] {"mine", "--axon.port",
                "0"}));
        assertEquals(LogicminerCommand.SUBCOMMANDS, LogicminerCommand.subcommandsFor(new String[] {"--config", "f",
                "mine"}));
        assertEquals(LogicminerCommand.SUBCOMMANDS, LogicminerCommand.subcommandsFor(new String[] {"mien"}));
        assertEquals(LogicminerCommand.SUBCOMMANDS, LogicminerCommand.subcommandsFor(new String[0]));
        // the lazily built command still parses, helps and rejects like the full model
        assertEquals(0, Main.run(new String[] {"solve", "--help"}, new PrintWriter(out, true),
                new PrintWriter(err, true)));
        assertTrue(out.toString().contains("Usage: logicminer solve"), out.toString());
        assertEquals(Main.EXIT_USAGE, Main.run(new String[] {"solve", "-Z", "x"}, new PrintWriter(out, true),
                new PrintWriter(err, true)));
        assertTrue(err.toString().contains("Unknown option: '-Z'"), err.toString());
    }

    @Test
    void pluginsListsLoadedAndFailedPlugins() throws Exception {
        Files.write(plugins.resolve("broken.jar"), new byte[] {0, 1, 2});
        int code = run("plugins");
        String printed = out.toString();
        assertTrue(printed.contains("echo-plugin 0.0.1 STARTED"), printed);
        assertTrue(printed.contains("extension io.logicminer.example.echo.EchoSolverType"), printed);
        assertTrue(printed.contains("solver types: echo"), printed);
        assertTrue(printed.contains("FAILED broken.jar"), printed);
        assertEquals(1, code);
    }
}
