package io.logicminer.solver.ensemble;

import com.typesafe.config.ConfigFactory;
import io.logicminer.category.logic.LogicCategory;
import io.logicminer.config.TypesafeComponentConfig;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.Solution;
import io.logicminer.spi.category.Category;
import io.logicminer.spi.chat.ChatChoice;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.spi.chat.ChatResponse;
import io.logicminer.spi.embedding.SentenceEmbedder;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.solver.SolverContext;
import io.logicminer.testkit.MapSolverContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The configuration documented in README and conf/application.conf, read from HOCON as the host reads it. */
class EnsembleSolverTypeTest {

    @Test
    void theDocumentedExampleBuildsAndVotes() throws Exception {
        String hocon = """
                solvers.vote { type = ensemble, samples = 5, members = [ { model = default, weight = 1 }, { solver = math, weight = 3 } ] }
                """;
        List<ChatRequest> requests = new ArrayList<>();
        ChatModel model = new ChatModel() {
            @Override
            public String name() {
                return "default";
            }

            @Override
            public ChatResponse complete(ChatRequest request) {
                requests.add(request);
                List<ChatChoice> choices = new ArrayList<>();
                for (int i = 0; i < request.n(); i++) {
                    choices.add(new ChatChoice(i, "2 + 2 = " + (i < 2 ? 4 : 5) + "\nFinal answer: " + (i < 2 ? 4 : 5),
                            "stop"));
                }
                return new ChatResponse("m", choices, null);
            }
        };
        Solver math = new Solver() {
            @Override
            public String name() {
                return "math";
            }

            @Override
            public Solution solve(Challenge challenge) {
                return Solution.answered("math", "2 + 2 = 4", "4");
            }
        };
        MapSolverContext context = new MapSolverContext(Clock.systemUTC()).withChatModel(model).withSolver(math)
                .withCategory(LogicCategory.withDefaults());
        Solver vote = new EnsembleSolverType().create("vote",
                new TypesafeComponentConfig(ConfigFactory.parseString(hocon), "solvers.vote"), context);
        Solution solution = vote.solve(Challenge.of("c", "What is 2 + 2?", "Logic", Duration.ofSeconds(10),
                Clock.systemUTC()));
        assertEquals("4", solution.answer(), "2 samples and the engine (weight 3) outvote 3 samples");
        assertEquals("4: 5 | 5: 3", solution.metadata().get(EnsembleSolver.CLUSTERS));
        assertEquals(1, requests.size());
        assertEquals(5, requests.get(0).n());
        assertEquals(0.7, requests.get(0).temperature());
        assertEquals(1024, requests.get(0).maxTokens());
        ((AutoCloseable) vote).close();
    }

    @Test
    void anEmbedderThatFailsToLoadLeavesTheShortestReasoning() throws Exception {
        MapSolverContext base = new MapSolverContext(Clock.systemUTC()).withCategory(LogicCategory.withDefaults())
                .withChatModel(new ChatModel() {
                    @Override
                    public String name() {
                        return "default";
                    }

                    @Override
                    public ChatResponse complete(ChatRequest request) {
                        List<ChatChoice> choices = new ArrayList<>();
                        for (int i = 0; i < request.n(); i++) {
                            choices.add(new ChatChoice(i, "2 + 2 is 4" + ".".repeat(3 - i) + "\nFinal answer: 4", "stop"));
                        }
                        return new ChatResponse("m", choices, null);
                    }
                });
        SolverContext failing = new SolverContext() {
            @Override
            public ChatModel chatModel(ComponentConfig config, String key) {
                return base.chatModel(config, key);
            }

            @Override
            public Solver solver(ComponentConfig config, String key) {
                return base.solver(config, key);
            }

            @Override
            public Category category(String name) {
                return base.category(name);
            }

            @Override
            public Optional<SentenceEmbedder> sentenceEmbedder(String type) {
                throw new IllegalStateException("model.onnx is missing from the MiniLM zip");
            }

            @Override
            public Clock clock() {
                return base.clock();
            }

            @Override
            public String hostVersion() {
                return base.hostVersion();
            }

            @Override
            public java.nio.file.Path dataDirectory() {
                return base.dataDirectory();
            }
        };
        Solver vote = new EnsembleSolverType().create("vote", new TypesafeComponentConfig(ConfigFactory.parseString(
                "solvers.vote { type = ensemble, samples = 3, members = [ { model = default } ] }"), "solvers.vote"),
                failing);
        Solution solution = vote.solve(Challenge.of("c", "What is 2 + 2?", "Logic", Duration.ofSeconds(10),
                Clock.systemUTC()));
        assertEquals("4", solution.answer());
        assertEquals("shortest", solution.metadata().get(EnsembleSolver.REASONING));
        assertEquals("2 + 2 is 4.", solution.reasoning());
        ((AutoCloseable) vote).close();
    }
}
