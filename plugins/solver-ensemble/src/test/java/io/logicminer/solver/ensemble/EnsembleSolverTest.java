package io.logicminer.solver.ensemble;

import io.logicminer.category.logic.LogicCategory;
import io.logicminer.solver.ensemble.ChatCompletionWire.Choice;
import io.logicminer.solver.openai.OpenAiChatModelType;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.Solution;
import io.logicminer.spi.SolutionStatus;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.embedding.SentenceEmbedder;
import io.logicminer.spi.solver.Solver;
import io.logicminer.testkit.FixedHostContext;
import io.logicminer.testkit.MapComponentConfig;
import io.logicminer.testkit.MapSolverContext;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ensemble against real chat-model clients talking to MockWebServer backends with scripted answers. */
class EnsembleSolverTest {

    private static final String QUESTION = "What is 3 + 4?";

    private final List<MockWebServer> servers = new ArrayList<>();
    private final List<ScriptedBackend> backends = new ArrayList<>();
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final MapSolverContext context = new MapSolverContext(Clock.systemUTC())
            .withCategory(LogicCategory.withDefaults());

    @AfterEach
    void stop() throws Exception {
        backends.forEach(ScriptedBackend::release);
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
        for (MockWebServer server : servers) {
            server.shutdown();
        }
    }

    /** A chat model {@code name} (type openai, not streamed, no retries) in front of {@code backend}. */
    private MockWebServer model(String name, ScriptedBackend backend) throws IOException {
        return model(name, backend, false);
    }

    private MockWebServer model(String name, ScriptedBackend backend, boolean stream) throws IOException {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(backend);
        server.start();
        servers.add(server);
        backends.add(backend);
        ChatModel model = new OpenAiChatModelType().create(name, MapComponentConfig.of("models." + name,
                "base_url", server.url("/v1").toString(), "model", "Qwen/Qwen2-7B-Instruct", "stream", stream,
                "max_retries", 0), new FixedHostContext(Clock.systemUTC()));
        closeables.add(model);
        context.withChatModel(model);
        return server;
    }

    private Solver ensemble(Object... keysAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("type", "ensemble");
        values.put("embedder", "none");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        Solver solver = new EnsembleSolverType().create("vote", new MapComponentConfig("solvers.vote", values), context);
        closeables.add((AutoCloseable) solver);
        return solver;
    }

    private static Challenge challenge(Duration timeout) {
        return Challenge.of("c1", QUESTION, "Logic", timeout, Clock.systemUTC());
    }

    private static Map<String, Object> member(Object... keysAndValues) {
        Map<String, Object> member = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            member.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return member;
    }

    @Test
    void theMajorityOfOneRequestWithNWins() throws Exception {
        ScriptedBackend backend = ScriptedBackend.answering("7", "8", "7", "7", "9");
        MockWebServer server = model("default", backend);
        Solution solution = ensemble("samples", 5, "members", List.of(member("model", "default")))
                .solve(challenge(Duration.ofSeconds(20)));
        assertEquals(SolutionStatus.ANSWERED, solution.status(), solution.error());
        assertEquals("7", solution.answer());
        assertEquals("vote", solution.solver());
        assertEquals(1, server.getRequestCount(), "one request with n = 5");
        assertEquals(List.of(5), backend.requestedN());
        assertEquals("0.600", solution.metadata().get(EnsembleSolver.CONFIDENCE));
        assertEquals("7: 3 | 8: 1 | 9: 1", solution.metadata().get(EnsembleSolver.CLUSTERS));
        assertEquals("5/5", solution.metadata().get(EnsembleSolver.SAMPLES));
        assertEquals("complete", solution.metadata().get(EnsembleSolver.STOP));
        assertEquals("We work it out step by step and get 7.", solution.reasoning(),
                "the reasoning is a sample of the winner, without its final-answer line");
    }

    @Test
    void streamedChoicesOfOneRequestVoteToo() throws Exception {
        ScriptedBackend backend = ScriptedBackend.answering("9", "7", "7").then(
                new Choice("Seven plus three is ten, so the answer is Final answer: 10", "length")).streaming();
        MockWebServer server = model("default", backend, true);
        Solution solution = ensemble("samples", 4, "members", List.of(member("model", "default")))
                .solve(challenge(Duration.ofSeconds(20)));
        assertEquals("7", solution.answer());
        assertEquals("7: 2 | 9: 1", solution.metadata().get(EnsembleSolver.CLUSTERS), "the cut fourth does not vote");
        assertEquals("3/4", solution.metadata().get(EnsembleSolver.SAMPLES));
        assertTrue(server.takeRequest().getBody().readUtf8().contains("\"stream\":true"));
    }

    @Test
    void equivalentAnswersVoteTogether() throws Exception {
        model("default", ScriptedBackend.answering("1/2", "0.25", "0.5", "\\frac{1}{4}", "2/4"));
        Solution solution = ensemble("samples", 5, "members", List.of(member("model", "default")))
                .solve(challenge(Duration.ofSeconds(20)));
        assertEquals("1/2", solution.answer(), "1/2, 0.5 and 2/4 are one answer; the first one's wording wins");
        assertEquals("1/2: 3 | 0.25: 2", solution.metadata().get(EnsembleSolver.CLUSTERS));
    }

    @Test
    void aBackendThatIgnoresNIsAskedForTheRestInParallelAndOneAtATimeFromThenOn() throws Exception {
        // No prefix of either script decides the vote, so every sample is asked for whatever the arrival order.
        ScriptedBackend backend = ScriptedBackend.answering("7", "8", "7", "8", "9", "8", "8", "7", "7", "9")
                .ignoringN();
        MockWebServer server = model("default", backend);
        Solver solver = ensemble("samples", 5, "members", List.of(member("model", "default")));
        Solution first = solver.solve(challenge(Duration.ofSeconds(20)));
        assertEquals(5, server.getRequestCount(), "one request for n = 5 brought one choice; four more asked");
        assertEquals(List.of(5, 1, 1, 1, 1), backend.requestedN());
        assertEquals("5/5", first.metadata().get(EnsembleSolver.SAMPLES));
        assertEquals("7", first.answer(), "7 and 8 tie at 2; the first sample said 7");
        Solution second = solver.solve(challenge(Duration.ofSeconds(20)));
        assertEquals(10, server.getRequestCount());
        assertEquals(List.of(5, 1, 1, 1, 1, 1, 1, 1, 1, 1), backend.requestedN(), "no more n = 5");
        assertEquals("5/5", second.metadata().get(EnsembleSolver.SAMPLES));
    }

    @Test
    void tiesGoToMoreVotesThenTheHeavierVoteThenTheMemberListedFirst() throws Exception {
        // Equal weight and votes: the cluster whose first sample comes first (choice index in one n = 4 request).
        model("a", ScriptedBackend.answering("8", "7", "7", "8", "7", "8", "8", "7"));
        Solver batch = ensemble("samples", 4, "members", List.of(member("model", "a")));
        Solution first = batch.solve(challenge(Duration.ofSeconds(20)));
        assertEquals("8", first.answer());
        assertEquals("0.500", first.metadata().get(EnsembleSolver.CONFIDENCE));
        assertEquals("7", batch.solve(challenge(Duration.ofSeconds(20))).answer());

        // Equal weight 2: one vote at weight 2 against two at weight 1; more votes win.
        model("heavy", ScriptedBackend.answering("5"));
        model("light", ScriptedBackend.answering("6", "6"));
        Solution moreVotes = ensemble("members", List.of(member("model", "heavy", "weight", 2, "samples", 1),
                member("model", "light", "weight", 1, "samples", 2))).solve(challenge(Duration.ofSeconds(20)));
        assertEquals("6", moreVotes.answer());

        // Equal weight and votes: the heavier single vote wins, wherever it is listed.
        model("b", ScriptedBackend.answering("5", "5"));
        model("c", ScriptedBackend.answering("6"));
        model("d", ScriptedBackend.answering("6"));
        Solution heavier = ensemble("members", List.of(
                member("model", "b", "weight", 1, "samples", 2),
                member("model", "c", "weight", 1.5, "samples", 1),
                member("model", "d", "weight", 0.5, "samples", 1))).solve(challenge(Duration.ofSeconds(20)));
        assertEquals("6", heavier.answer());
        assertEquals("6: 2 | 5: 2", heavier.metadata().get(EnsembleSolver.CLUSTERS));
    }

    @Test
    void weightsOutvoteNumbers() throws Exception {
        model("default", ScriptedBackend.answering("8", "8", "8", "7"));
        context.withSolver(new FixedSolver("math", Solution.answered("math", "3 + 4 = 7.0", "7.0")));
        Solution solution = ensemble("samples", 4, "members", List.of(member("model", "default"),
                member("solver", "math", "weight", 3))).solve(challenge(Duration.ofSeconds(20)));
        assertEquals("7.0", solution.answer(), "7 and 7.0 are one answer, worded as its heaviest voter words it");
        assertEquals("0.571", solution.metadata().get(EnsembleSolver.CONFIDENCE), "4 of 7");
        assertEquals("7.0: 4 | 8: 3", solution.metadata().get(EnsembleSolver.CLUSTERS));
        assertEquals("5/5", solution.metadata().get(EnsembleSolver.SAMPLES));
    }

    @Test
    void stopsAsSoonAsTheVoteCannotChange() throws Exception {
        ScriptedBackend backend = ScriptedBackend.answering("7", "7", "7", "8", "8");
        MockWebServer server = model("default", backend);
        Solution solution = ensemble("samples", 5, "batch", false, "max_in_flight", 1,
                "members", List.of(member("model", "default"))).solve(challenge(Duration.ofSeconds(20)));
        assertEquals("7", solution.answer());
        assertEquals(3, server.getRequestCount(), "three of five agree: the last two cannot change the vote");
        assertEquals("early", solution.metadata().get(EnsembleSolver.STOP));
        assertEquals("3/5", solution.metadata().get(EnsembleSolver.SAMPLES));
        assertEquals("3", solution.metadata().get(EnsembleSolver.DRAWS));
        assertEquals("1.000", solution.metadata().get(EnsembleSolver.CONFIDENCE));
    }

    @Test
    void anUndecidedVoteWaitsForTheNextSample() throws Exception {
        MockWebServer server = model("default", ScriptedBackend.answering("7", "8", "7", "7", "8"));
        Solution solution = ensemble("samples", 5, "batch", false, "max_in_flight", 1,
                "members", List.of(member("model", "default"))).solve(challenge(Duration.ofSeconds(20)));
        assertEquals(4, server.getRequestCount(), "7 leads 3 to 1 only after the fourth sample");
        assertEquals("7", solution.answer());
    }

    @Test
    void anEarlyStopCancelsTheSamplesStillRunning() throws Exception {
        ScriptedBackend backend = ScriptedBackend.answering("7", "7", "7").then(ScriptedBackend.HOLD)
                .then(ScriptedBackend.HOLD).answeringOnceArrived(5);
        MockWebServer server = model("default", backend);
        // The held samples finish only after the test ends: the solve returns without them or not at all.
        Solution solution = ensemble("samples", 5, "batch", false, "members", List.of(member("model", "default")))
                .solve(challenge(Duration.ofSeconds(60)));
        assertEquals("7", solution.answer());
        assertEquals("early", solution.metadata().get(EnsembleSolver.STOP));
        assertEquals(5, server.getRequestCount(), "all five ran in parallel");
        assertEquals("3/5", solution.metadata().get(EnsembleSolver.SAMPLES));
    }

    @Test
    void atTheDeadlineTheVoteTakesWhatHasArrived() throws Exception {
        model("default", ScriptedBackend.answering("7", "8", "7").then(ScriptedBackend.HOLD)
                .then(ScriptedBackend.HOLD));
        Challenge challenge = challenge(Duration.ofSeconds(4));
        Solution solution = ensemble("samples", 5, "batch", false, "reserve", "1s",
                "members", List.of(member("model", "default"))).solve(challenge);
        assertEquals(SolutionStatus.ANSWERED, solution.status(), solution.error());
        assertEquals("7", solution.answer());
        assertEquals("deadline", solution.metadata().get(EnsembleSolver.STOP));
        assertEquals("3/5", solution.metadata().get(EnsembleSolver.SAMPLES));
        assertEquals("0.667", solution.metadata().get(EnsembleSolver.CONFIDENCE));
        assertTrue(Instant.now().isBefore(challenge.deadline()), "returned before the challenge's deadline");
    }

    @Test
    void aFailingMemberLeavesTheVoteToTheOthers() throws Exception {
        MockWebServer broken = new MockWebServer();
        broken.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
            @Override
            public okhttp3.mockwebserver.MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
                return ChatCompletionWire.error(500, "CUDA out of memory");
            }
        });
        broken.start();
        servers.add(broken);
        ChatModel brokenModel = new OpenAiChatModelType().create("broken", MapComponentConfig.of("models.broken",
                "base_url", broken.url("/v1").toString(), "model", "Qwen/Qwen2-7B-Instruct", "stream", false,
                "max_retries", 0), new FixedHostContext(Clock.systemUTC()));
        closeables.add(brokenModel);
        context.withChatModel(brokenModel);
        model("default", ScriptedBackend.answering("12", "12", "11"));

        Solution solution = ensemble("samples", 3, "members", List.of(member("model", "broken", "weight", 10),
                member("model", "default"))).solve(challenge(Duration.ofSeconds(20)));
        assertEquals(SolutionStatus.ANSWERED, solution.status());
        assertEquals("12", solution.answer());
        assertEquals("0.667", solution.metadata().get(EnsembleSolver.CONFIDENCE));
        String problems = solution.metadata().get(EnsembleSolver.PROBLEMS);
        assertTrue(problems.startsWith("1: model broken: HTTP 500") && problems.contains("CUDA out of memory"),
                problems);

        Solution allBroken = ensemble("samples", 3, "members", List.of(member("model", "broken")))
                .solve(challenge(Duration.ofSeconds(20)));
        assertEquals(SolutionStatus.LLM_ERROR, allBroken.status());
        assertTrue(allBroken.error().contains("HTTP 500"), allBroken.error());
    }

    @Test
    void modelsAndSolversVoteTogether() throws Exception {
        ScriptedBackend backend = ScriptedBackend.answering("8", "7", "8", "8", "9");
        MockWebServer server = model("default", backend);
        FixedSolver math = new FixedSolver("math", Solution.answered("math", "3 + 4 = 7", "7"));
        FixedSolver direct = new FixedSolver("direct", Solution.answered("direct", "Adding gives 7.", "7"));
        context.withSolver(math).withSolver(direct)
                .withSolver(new FixedSolver("declines", Solution.declined("declines", "not my topic")));
        Challenge challenge = challenge(Duration.ofSeconds(20));
        Solution solution = ensemble("samples", 5, "reserve", "500ms", "members", List.of(
                member("model", "default"), member("solver", "math", "weight", 2),
                member("solver", "direct", "samples", 2), member("solver", "declines", "weight", 100)))
                .solve(challenge);
        assertEquals("7", solution.answer());
        assertEquals("7: 5 | 8: 3 | 9: 1", solution.metadata().get(EnsembleSolver.CLUSTERS));
        assertEquals("0.556", solution.metadata().get(EnsembleSolver.CONFIDENCE));
        assertEquals("8/9", solution.metadata().get(EnsembleSolver.SAMPLES), "the declining solver did not vote");
        assertTrue(solution.metadata().get(EnsembleSolver.PROBLEMS).contains("solver declines: declined (not my topic)"));
        assertEquals(List.of(5), backend.requestedN());
        assertEquals(1, server.getRequestCount());
        assertEquals(2, direct.calls.size(), "a solver member's samples are calls");
        assertEquals(challenge.deadline().minusMillis(500), math.calls.get(0).deadline(),
                "a solver member must finish by the time the vote is taken");
    }

    @Test
    void aStreamCutAtTheMembersDeadlineStillVotes() throws Exception {
        // One n = 2 request: the first choice finishes, the second stalls mid-sentence. The client cuts the stream at
        // the members' deadline (half the reserve before the vote), and the finished choice must still be counted.
        // The stall (4 s) ends well within MockWebServer's 5 s shutdown wait after the solve (at least 1.5 s).
        MockWebServer server = new MockWebServer();
        server.enqueue(ChatCompletionWire.streamedThenStalled(
                List.of(Choice.stop(ChatCompletionWire.reasoned("3 + 4 = 7.", "7"))), "Adding three and", 4));
        server.start();
        servers.add(server);
        ChatModel model = new OpenAiChatModelType().create("default", MapComponentConfig.of("models.default",
                "base_url", server.url("/v1").toString(), "model", "Qwen/Qwen2-7B-Instruct", "stream", true,
                "max_retries", 0), new FixedHostContext(Clock.systemUTC()));
        closeables.add(model);
        context.withChatModel(model);
        Challenge challenge = challenge(Duration.ofSeconds(3));
        Solution solution = ensemble("samples", 2, "reserve", "1s", "members", List.of(member("model", "default")))
                .solve(challenge);
        assertEquals(SolutionStatus.ANSWERED, solution.status(), solution.error());
        assertEquals("7", solution.answer());
        assertEquals("1/2", solution.metadata().get(EnsembleSolver.SAMPLES));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aStreamCutBeforeAllChoicesStartedIsNoSignThatTheBackendIgnoresN() throws Exception {
        // n = 3 asked; the first choice finishes, the second starts, the third has not started when the client
        // cuts the stream at the members' deadline. That reply has two choices, but the backend honours n: no
        // single-sample requests to fill in (too late anyway), and the next solve asks for n = 3 again.
        MockWebServer server = new MockWebServer();
        server.enqueue(ChatCompletionWire.streamedThenStalled(
                List.of(Choice.stop(ChatCompletionWire.reasoned("3 + 4 = 7.", "7"))), "Adding three and", 4));
        server.enqueue(ChatCompletionWire.streamed(List.of(Choice.stop(ChatCompletionWire.reasoned("3 + 4 = 7.", "7")),
                Choice.stop(ChatCompletionWire.reasoned("3 + 4 = 8.", "8")),
                Choice.stop(ChatCompletionWire.reasoned("Four and three: 7.", "7")))));
        server.start();
        servers.add(server);
        ChatModel model = new OpenAiChatModelType().create("default", MapComponentConfig.of("models.default",
                "base_url", server.url("/v1").toString(), "model", "Qwen/Qwen2-7B-Instruct", "stream", true,
                "max_retries", 0), new FixedHostContext(Clock.systemUTC()));
        closeables.add(model);
        context.withChatModel(model);
        Solver solver = ensemble("samples", 3, "reserve", "1s", "members", List.of(member("model", "default")));
        Solution cut = solver.solve(challenge(Duration.ofSeconds(3)));
        assertEquals("7", cut.answer(), cut.error());
        assertEquals("1/3", cut.metadata().get(EnsembleSolver.SAMPLES));
        assertEquals("1", cut.metadata().get(EnsembleSolver.DRAWS), "no single-sample requests after the cut");
        Solution next = solver.solve(challenge(Duration.ofSeconds(20)));
        assertEquals("7", next.answer(), next.error());
        assertEquals("3/3", next.metadata().get(EnsembleSolver.SAMPLES));
        assertEquals(2, server.getRequestCount());
        assertEquals(3, ChatCompletionWire.n(server.takeRequest()));
        assertEquals(3, ChatCompletionWire.n(server.takeRequest()), "still asked for n = 3");
    }

    @Test
    void samplesCutShortVoteOnlyWhenNothingElseHasAnAnswer() throws Exception {
        model("default", new ScriptedBackend()
                .then(new Choice("Adding 3 and 4 we get 7 and so Final answer: 7", "length"))
                .then(new Choice("Adding 3 and 4 we get 7. Final answer: 7", "length"))
                .then(new Choice("It is 8. Final answer: 8", "length")));
        Solution solution = ensemble("samples", 3, "members", List.of(member("model", "default")))
                .solve(challenge(Duration.ofSeconds(20)));
        assertEquals(SolutionStatus.PARTIAL, solution.status());
        assertEquals("7", solution.answer());
        assertTrue(solution.error().contains("cut short"), solution.error());

        model("mixed", new ScriptedBackend().then(new Choice("It is 8. Final answer: 8", "length"))
                .then(new Choice("It is 8. Final answer: 8", "length"))
                .then(Choice.stop(ChatCompletionWire.reasoned("3 + 4 = 7.", "7"))));
        Solution mixed = ensemble("samples", 3, "members", List.of(member("model", "mixed")))
                .solve(challenge(Duration.ofSeconds(20)));
        assertEquals(SolutionStatus.ANSWERED, mixed.status());
        assertEquals("7", mixed.answer(), "the one complete sample outvotes two cut ones");
        assertEquals("1/3", mixed.metadata().get(EnsembleSolver.SAMPLES));
    }

    @Test
    void aCutSampleVotesOnlyWithAnExplicitAnswer() throws Exception {
        // Cut mid-sentence without a final-answer marker: the last-sentence fallback would make "the total is 7 so
        // the" (or the like) an answer. Only the cut sample that says "Final answer" votes.
        model("default", new ScriptedBackend()
                .then(new Choice("We add 3 and 4. The total is 9 so the", "length"))
                .then(new Choice("We add 3 and 4. The total is 9 so the", "length"))
                .then(new Choice("Adding 3 and 4 we get 7. Final answer: 7", "length")));
        Solution solution = ensemble("samples", 3, "members", List.of(member("model", "default")))
                .solve(challenge(Duration.ofSeconds(20)));
        assertEquals(SolutionStatus.PARTIAL, solution.status(), solution.error());
        assertEquals("7", solution.answer());
        assertEquals("7: 1", solution.metadata().get(EnsembleSolver.CLUSTERS));

        model("unmarked", new ScriptedBackend()
                .then(new Choice("We add 3 and 4. The total is 9 so the", "length"))
                .then(new Choice("We add 3 and 4. The total is", "length")));
        Solution none = ensemble("samples", 2, "members", List.of(member("model", "unmarked")))
                .solve(challenge(Duration.ofSeconds(20)));
        assertEquals(SolutionStatus.TIMED_OUT, none.status(), "cut short with no answer: " + none.error());
        assertEquals("", none.answer());
    }

    @Test
    void theReasoningIsTheWinnersSampleClosestToTheirCentroid() throws Exception {
        // Reasonings as vectors (count of "x", count of "y"): (5,1), (2,2) padded to be the longest, (1,5); their
        // unit vectors' centroid points along (1,1), so the middle one is closest. A loser lies along (1,1) too.
        String[] winners = {"x x x x x y", "x x y y and a long tail of words that make it the longest text", "x y y y y y"};
        model("default", new ScriptedBackend()
                .then(Choice.stop(ChatCompletionWire.reasoned(winners[0], "7")))
                .then(Choice.stop(ChatCompletionWire.reasoned("x y", "8")))
                .then(Choice.stop(ChatCompletionWire.reasoned(winners[1], "7")))
                .then(Choice.stop(ChatCompletionWire.reasoned(winners[2], "7")))
                .then(Choice.stop(ChatCompletionWire.reasoned(winners[0], "7")))
                .then(Choice.stop(ChatCompletionWire.reasoned("x y", "8")))
                .then(Choice.stop(ChatCompletionWire.reasoned(winners[1], "7")))
                .then(Choice.stop(ChatCompletionWire.reasoned(winners[2], "7"))));
        context.withSentenceEmbedder("minilm", new LetterCountEmbedder());
        Solution centroid = ensemble("samples", 4, "embedder", "minilm",
                "members", List.of(member("model", "default"))).solve(challenge(Duration.ofSeconds(20)));
        assertEquals(winners[1], centroid.reasoning());
        assertEquals("centroid", centroid.metadata().get(EnsembleSolver.REASONING));

        Solution shortest = ensemble("samples", 4, "members", List.of(member("model", "default")))
                .solve(challenge(Duration.ofSeconds(20)));
        assertEquals(winners[0], shortest.reasoning(), "without an embedder: the shortest (the first of equals)");
        assertEquals("shortest", shortest.metadata().get(EnsembleSolver.REASONING));
    }

    @Test
    void badConfigurationIsReportedWithThePathAndTheFix() throws Exception {
        model("default", ScriptedBackend.answering());
        InvalidConfigException none = assertThrows(InvalidConfigException.class, () -> ensemble("samples", 5));
        assertEquals("solvers.vote.members", none.path());
        assertTrue(none.getMessage().contains("members = [ { model = default, weight = 1 } ]"), none.getMessage());

        InvalidConfigException both = assertThrows(InvalidConfigException.class,
                () -> ensemble("members", List.of(member("model", "default", "solver", "math"))));
        assertEquals("solvers.vote.members[0].solver", both.path());
        assertTrue(both.getMessage().contains("not both"), both.getMessage());

        InvalidConfigException weight = assertThrows(InvalidConfigException.class,
                () -> ensemble("members", List.of(member("model", "default"), member("model", "default", "weight", 0))));
        assertEquals("solvers.vote.members[1].weight", weight.path());

        InvalidConfigException typo = assertThrows(InvalidConfigException.class,
                () -> ensemble("members", List.of(member("model", "default", "wieght", 2))));
        assertEquals("solvers.vote.members[0].wieght", typo.path());

        InvalidConfigException unknownModel = assertThrows(InvalidConfigException.class,
                () -> ensemble("members", List.of(member("model", "qwen"))));
        assertEquals("solvers.vote.members[0].model", unknownModel.path());
    }

    @Test
    void samplesAreBoundedPerMemberAndInTotal() throws Exception {
        model("default", ScriptedBackend.answering());
        InvalidConfigException many = assertThrows(InvalidConfigException.class,
                () -> ensemble("samples", 65, "members", List.of(member("model", "default"))));
        assertEquals("solvers.vote.samples", many.path());
        assertTrue(many.getMessage().contains("between 1 and 64, got 65"), many.getMessage());

        InvalidConfigException member = assertThrows(InvalidConfigException.class,
                () -> ensemble("members", List.of(member("model", "default", "samples", 1_000_001))));
        assertEquals("solvers.vote.members[0].samples", member.path());

        List<Map<String, Object>> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(member("model", "default", "samples", 60));
        }
        InvalidConfigException total = assertThrows(InvalidConfigException.class, () -> ensemble("members", five));
        assertEquals("solvers.vote.members", total.path());
        assertTrue(total.getMessage().contains("300 samples") && total.getMessage().contains("256"),
                total.getMessage());
        ensemble("members", five.subList(0, 4)); // 240: allowed
    }

    /** A solver that always gives the same solution and records the challenges it was asked. */
    private static final class FixedSolver implements Solver {
        private final String name;
        private final Solution solution;
        final List<Challenge> calls = java.util.Collections.synchronizedList(new ArrayList<>());

        FixedSolver(String name, Solution solution) {
            this.name = name;
            this.solution = solution;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Solution solve(Challenge challenge) {
            calls.add(challenge);
            return solution;
        }
    }

    /** A deterministic stand-in for MiniLM: the text's counts of the words "x" and "y". */
    private static final class LetterCountEmbedder implements SentenceEmbedder {
        @Override
        public String describe() {
            return "x/y word counts (test)";
        }

        @Override
        public float[] embed(String text) {
            float x = 0;
            float y = 0;
            for (String word : text.split("\\s+")) {
                x += word.equals("x") ? 1 : 0;
                y += word.equals("y") ? 1 : 0;
            }
            return new float[] {x, y};
        }
    }
}
