package io.logicminer.core.registry;

import com.typesafe.config.ConfigFactory;
import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.HostContext;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.Solution;
import io.logicminer.spi.chat.ChatChoice;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatModelType;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.spi.chat.ChatResponse;
import io.logicminer.spi.chat.ChatUsage;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.solver.SolverContext;
import io.logicminer.spi.solver.SolverType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComponentRegistryTest {

    private static final HostContext HOST = new HostContext() {
        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public String hostVersion() {
            return "test";
        }

        @Override
        public Path dataDirectory() {
            return Path.of("build");
        }
    };

    private final AtomicInteger modelsBuilt = new AtomicInteger();

    private final ChatModelType fixedModels = new ChatModelType() {
        @Override
        public String type() {
            return "fixed";
        }

        @Override
        public ChatModel create(String name, ComponentConfig config, HostContext context) {
            modelsBuilt.incrementAndGet();
            String reply = config.getString("reply");
            return new ChatModel() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public ChatResponse complete(ChatRequest request) {
                    return new ChatResponse(name, List.of(new ChatChoice(0, reply, "stop")), ChatUsage.UNKNOWN);
                }
            };
        }
    };

    /** A solver that asks its model, or delegates to another solver named by "inner". */
    private final SolverType relay = new SolverType() {
        @Override
        public String type() {
            return "relay";
        }

        @Override
        public Solver create(String name, ComponentConfig config, SolverContext context) {
            Solver inner = config.has("inner") ? context.solver(config, "inner") : null;
            ChatModel model = config.has("model") ? context.chatModel(config, "model") : null;
            return new Solver() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public Solution solve(io.logicminer.spi.Challenge challenge) throws InterruptedException {
                    if (inner != null) {
                        return inner.solve(challenge);
                    }
                    return Solution.answered(name, "", model.complete(ChatRequest.of(List.of(
                            io.logicminer.spi.chat.ChatMessage.user(challenge.question())))).choices().get(0).content());
                }
            };
        }
    };

    private ComponentRegistry registry(String hocon) {
        return new ComponentRegistry(ConfigFactory.parseString(hocon).resolve(),
                ComponentTypes.of(List.of(fixedModels), List.of(relay), List.of(), List.of()), HOST);
    }

    @Test
    void sentenceEmbeddersAreBuiltOnceFromTheirSectionSharedAndClosed() {
        AtomicInteger built = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        io.logicminer.spi.embedding.SentenceEmbedderType lengths = new io.logicminer.spi.embedding.SentenceEmbedderType() {
            @Override
            public String type() {
                return "lengths";
            }

            @Override
            public io.logicminer.spi.embedding.SentenceEmbedder create(ComponentConfig config, HostContext context) {
                built.incrementAndGet();
                int scale = config.getInt("scale", 1);
                return new io.logicminer.spi.embedding.SentenceEmbedder() {
                    @Override
                    public String describe() {
                        return "lengths x" + scale;
                    }

                    @Override
                    public float[] embed(String text) {
                        return new float[] {text.length() * scale};
                    }

                    @Override
                    public void close() {
                        closed.incrementAndGet();
                    }
                };
            }
        };
        ComponentRegistry registry = new ComponentRegistry(ConfigFactory.parseString("embedders.lengths.scale = 3"),
                ComponentTypes.of(List.of(), List.of(), List.of(), List.of(), List.of(lengths)), HOST);
        var first = registry.sentenceEmbedder("lengths").orElseThrow();
        assertSame(first, registry.sentenceEmbedder("lengths").orElseThrow());
        assertEquals(1, built.get());
        assertEquals(6f, first.embed("ab")[0], "built from embedders.lengths");
        assertTrue(registry.sentenceEmbedder("minilm").isEmpty(), "no plugin offers it: empty, not an error");
        registry.close();
        assertEquals(1, closed.get());
    }

    @Test
    void buildsNamedComponentsOnceAndComposesThemByName() throws Exception {
        ComponentRegistry registry = registry("""
                models.m { type = fixed, reply = "42" }
                solvers.a { type = relay, inner = b }
                solvers.b { type = relay, model = m }
                """);
        Solver a = registry.solver("a");
        assertSame(a, registry.solver("a"));
        assertEquals("42", a.solve(io.logicminer.spi.Challenge.of("1", "q", "Logic",
                java.time.Duration.ofSeconds(1), Clock.systemUTC())).answer());
        registry.solver("b");
        assertEquals(1, modelsBuilt.get());
    }

    @Test
    void aCycleIsReportedWithItsChain() {
        ComponentRegistry registry = registry("""
                solvers.a { type = relay, inner = b }
                solvers.b { type = relay, inner = c }
                solvers.c { type = relay, inner = a }
                """);
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> registry.solver("a"));
        assertTrue(e.getMessage().contains("cycle") && e.getMessage().contains("-> a"), e.getMessage());
    }

    @Test
    void aReferenceToAnUndefinedModelNamesTheKeyAndTheDefinedOnes() {
        ComponentRegistry registry = registry("""
                models.m { type = fixed, reply = "x" }
                solvers.a { type = relay, model = qwen }
                """);
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> registry.solver("a"));
        assertEquals("solvers.a.model", e.path());
        assertTrue(e.getMessage().contains("'qwen'") && e.getMessage().contains("defined: m"), e.getMessage());
    }

    @Test
    void validationCatchesUnknownAndMissingTypesEverywhere() {
        InvalidConfigException unknown = assertThrows(InvalidConfigException.class,
                () -> registry("models.m { type = openia }").validateTypes());
        assertEquals("models.m.type", unknown.path());
        assertTrue(unknown.getMessage().contains("known: fixed"), unknown.getMessage());
        InvalidConfigException missing = assertThrows(InvalidConfigException.class,
                () -> registry("solvers.s { inner = x }").validateTypes());
        assertEquals("solvers.s.type", missing.path());
        assertTrue(missing.getMessage().contains("known: relay"), missing.getMessage());
        InvalidConfigException notASection = assertThrows(InvalidConfigException.class,
                () -> registry("solvers.s = 3").validateTypes());
        assertEquals("solvers.s", notASection.path());
    }

    @Test
    void aMissingRequiredKeyIsNamedWithItsSection() {
        ComponentRegistry registry = registry("models.m { type = fixed }");
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> registry.chatModel("m"));
        assertEquals("models.m.reply", e.path());
        assertTrue(e.getMessage().contains("required"), e.getMessage());
    }
}
