package io.logicminer.launch.vllm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for {@code vllm serve}, run by the fake {@code vllm} script {@link FakeExecutables} writes: it takes the
 * same arguments, prints vLLM-like start-up lines, serves {@code GET /health} (no key; 200, or 503 once the engine
 * "died") and {@code GET /v1/models} (Bearer key; the served model name as vLLM lists it) on a real socket.
 *
 * <p>Behaviour comes from variables in {@code $FAKE_VLLM_DIR}: {@code crashes} (this many starts exit with status 1
 * before one serves), {@code gate} (do not listen until this file exists: a slow start), {@code engine-dead} (once
 * this file exists /health answers 503), {@code ignore-sigterm} (SIGTERM does not stop it: only SIGKILL does),
 * {@code chatty} (print 2 MiB before listening; exit 120 if the pipe broke), {@code child} (start a child process,
 * its pid in {@code child-pid}), {@code exit-when-listed-twice} (exit 1 right after answering /v1/models twice:
 * ready only for a moment).
 * Each start appends its arguments to {@code argv.log} and its CUDA and API-key variables to {@code env.log};
 * SIGTERM writes {@code sigterm-PID}.
 */
public final class FakeVllm {

    private FakeVllm() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getenv("FAKE_VLLM_DIR"));
        List<String> argv = List.of(args);
        Files.writeString(dir.resolve("argv.log"), String.join(" ", argv) + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        int start = countStart(dir);
        long pid = ProcessHandle.current().pid();
        System.out.println("INFO 12-02 23:00:00 api_server.py:585] vLLM API server version 0.0.0-fake");
        System.out.println("INFO 12-02 23:00:00 api_server.py:586] args: " + argv);
        System.out.flush();
        int crashes = Files.exists(dir.resolve("crashes"))
                ? Integer.parseInt(Files.readString(dir.resolve("crashes")).strip()) : 0;
        if (start <= crashes) {
            System.err.println("Traceback (most recent call last):");
            System.err.println("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB (fake start "
                    + start + ")");
            System.exit(1);
        }
        String host = value(argv, "--host", "0.0.0.0");
        int port = Integer.parseInt(value(argv, "--port", "8000"));
        // vLLM takes --api-key, else VLLM_API_KEY; the launcher passes the variable (an argument shows in ps).
        String apiKey = value(argv, "--api-key", System.getenv().getOrDefault("VLLM_API_KEY", ""));
        Files.writeString(dir.resolve("env.log"), "CUDA_VISIBLE_DEVICES=" + System.getenv("CUDA_VISIBLE_DEVICES")
                + " CUDA_DEVICE_ORDER=" + System.getenv("CUDA_DEVICE_ORDER") + " VLLM_API_KEY="
                + System.getenv("VLLM_API_KEY") + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        String served = value(argv, "--served-model-name", argv.get(1));
        String model = argv.get(1);
        int maxModelLen = Integer.parseInt(value(argv, "--max-model-len", "4096"));
        boolean ignoreSigterm = Files.exists(dir.resolve("ignore-sigterm"));
        CountDownLatch never = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(dir.resolve("sigterm-" + pid), "");
                if (ignoreSigterm) {
                    never.await();
                }
            } catch (IOException | InterruptedException ignored) {
                // exiting anyway
            }
        }));
        if (Files.exists(dir.resolve("chatty"))) {
            // Far more than a pipe holds (64 KiB on Linux): this blocks unless the supervisor keeps reading.
            String line = "DEBUG 12-02 23:00:01 fake.py:1] " + "x".repeat(991);
            for (int i = 0; i < 2048; i++) {
                System.out.println(line);
            }
            System.out.flush();
            if (System.out.checkError()) {
                // as Python's print does on a pipe whose reader is gone: BrokenPipeError, and vLLM is down
                System.exit(120);
            }
        }
        if (Files.exists(dir.resolve("child"))) {
            // like vLLM's EngineCore process: started before the server listens
            Process child = new ProcessBuilder("sleep", "3600").start();
            Files.writeString(dir.resolve("child-pid"), String.valueOf(child.pid()));
        }
        AtomicInteger modelLists = new AtomicInteger();
        Path gate = dir.resolve("gate");
        while (Files.exists(dir.resolve("slow")) && !Files.exists(gate)) {
            Thread.sleep(20); // the fake's own slow start (loading weights), not a test's synchronisation
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/health", exchange -> {
            respond(exchange, Files.exists(dir.resolve("engine-dead")) ? 503 : 200, "");
        });
        server.createContext("/v1/models", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (!apiKey.isEmpty() && !("Bearer " + apiKey).equals(auth)) {
                respond(exchange, 401, "{\"error\":\"Unauthorized\"}");
                return;
            }
            respond(exchange, 200, "{\"object\":\"list\",\"data\":[{\"id\":\"" + served + "\",\"object\":\"model\","
                    + "\"created\":1764716400,\"owned_by\":\"vllm\",\"root\":\"" + model + "\",\"parent\":null,"
                    + "\"max_model_len\":" + maxModelLen + ",\"permission\":[]}]}");
            if (modelLists.incrementAndGet() == 2 && Files.exists(dir.resolve("exit-when-listed-twice"))) {
                System.err.println("ERROR: [Errno 98] error while attempting to bind on address: address already"
                        + " in use");
                System.exit(1);
            }
        });
        server.start();
        System.out.println("INFO:     Started server process [" + pid + "]");
        System.out.println("INFO:     Uvicorn running on http://" + host + ":" + port + " (Press CTRL+C to quit)");
        System.out.flush();
        never.await();
    }

    private static int countStart(Path dir) throws IOException {
        Path starts = dir.resolve("starts");
        int n = Files.exists(starts) ? Integer.parseInt(Files.readString(starts).strip()) + 1 : 1;
        Files.writeString(starts, String.valueOf(n));
        return n;
    }

    private static String value(List<String> argv, String flag, String otherwise) {
        int at = argv.indexOf(flag);
        return at >= 0 && at + 1 < argv.size() ? argv.get(at + 1) : otherwise;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
