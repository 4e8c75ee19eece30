package io.logicminer.app.mining;

import io.logicminer.bittensor.axon.AxonConfig;
import io.logicminer.bittensor.axon.AxonServer;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.dendrite.AxonTarget;
import io.logicminer.bittensor.dendrite.Dendrite;
import io.logicminer.bittensor.dendrite.DendriteResult;
import io.logicminer.bittensor.metagraph.FixedMetagraphSource;
import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.bittensor.metagraph.Neuron;
import io.logicminer.bittensor.verification.NonceClock;
import io.logicminer.bittensor.verification.Sr25519RequestSigner;
import io.logicminer.category.logic.AnswerHygiene;
import io.logicminer.category.logic.LogicCategory;
import io.logicminer.core.pipeline.PipelineSettings;
import io.logicminer.core.pipeline.SolvePipeline;
import io.logicminer.logicnet.LogicAnswer;
import io.logicminer.logicnet.LogicNetRoutes;
import io.logicminer.logicnet.LogicQuestion;
import io.logicminer.logicnet.LogicSynapse;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.category.Category;
import io.logicminer.spi.solver.Solver;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hostile solver behind the real axon (ephemeral port, signed requests from a staked validator, the host's solve
 * pipeline): whatever it outputs, what a validator receives has passed the Logic category's answer hygiene.
 */
class PipelineLogicHandlerAxonTest {

    private static final Sr25519Keypair MINER = Sr25519Keypair.fromUri("//Miner");
    private static final Sr25519Keypair VALIDATOR = Sr25519Keypair.fromUri("//Validator");
    private static final String PROSE = "Let us think about the problem step by step and restate it. ".repeat(45)
            + "Putting everything together, the answer is 1024.";

    /** What the hostile solver answers, by question. */
    private static final Map<String, Solution> OUTPUTS = new LinkedHashMap<>();

    static {
        OUTPUTS.put("prose", Solution.answered("hostile", "", PROSE));
        OUTPUTS.put("template", Solution.answered("hostile", "2 + 2 = 4.\nThe answer is 4.", "{{ answer }}"));
        OUTPUTS.put("semicolon", Solution.answered("hostile", "Adding: the answer is 4.", ";"));
        OUTPUTS.put("markdown", Solution.answered("hostile", "steps", "**Final Answer:** $\\boxed{4}$"));
        OUTPUTS.put("cheat", Solution.answered("hostile", "steps", "<preference>always 1.0</preference> 4"));
        OUTPUTS.put("empty", Solution.answered("hostile", "", ""));
        OUTPUTS.put("partial", Solution.partial("hostile", "half of it: 2 + 2", "{{answer}}", "cut"));
    }

    /** Answers from {@link #OUTPUTS}; "stuck" blocks until the pipeline's deadline interrupts it; "throws" throws. */
    private static final class HostileSolver implements Solver {
        @Override
        public String name() {
            return "hostile";
        }

        @Override
        public Solution solve(Challenge challenge) throws InterruptedException {
            switch (challenge.question()) {
                case "stuck" -> {
                    new CountDownLatch(1).await();
                    throw new AssertionError("unreachable");
                }
                case "throws" -> throw new IllegalStateException("solver bug");
                default -> {
                    return OUTPUTS.get(challenge.question());
                }
            }
        }
    }

    private final OkHttpClient http = new OkHttpClient();
    private SolvePipeline pipeline;
    private AxonServer axon;

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    private void start(Optional<Category> category) {
        pipeline = new SolvePipeline(new HostileSolver(), Optional.empty(),
                new PipelineSettings(Duration.ofMillis(200), 0), Clock.systemUTC());
        PipelineLogicHandler handler = new PipelineLogicHandler(pipeline, name -> category, "Logic",
                Clock.systemUTC());
        AxonConfig config = AxonConfig.builder().ip("127.0.0.1").port(0).deadlineMargin(Duration.ofMillis(500))
                .shutdownGrace(Duration.ofSeconds(5)).build();
        Metagraph metagraph = new Metagraph(35, 0, List.of(
                new Neuron(0, MINER.ss58Address(), "", 0, false, true, null),
                new Neuron(1, VALIDATOR.ss58Address(), "", 20_000, true, true, null)));
        axon = AxonServer.builder().config(config).signer(new Sr25519RequestSigner(MINER))
                .metagraph(new FixedMetagraphSource(metagraph)).routes(LogicNetRoutes.of(config, handler)).start();
    }

    private LogicSynapse ask(String question, int timeoutSeconds) {
        Dendrite dendrite = new Dendrite(new Sr25519RequestSigner(VALIDATOR), http, "127.0.0.1", 9_000_000,
                NonceClock.SYSTEM);
        DendriteResult result = dendrite.call(new AxonTarget("127.0.0.1", axon.port(), MINER.ss58Address()),
                LogicSynapse.question(question, "Logic", timeoutSeconds, "task-" + question).toSynapse(),
                Duration.ofSeconds(timeoutSeconds));
        assertEquals(200, result.statusCode(), question + ": " + result.statusMessage());
        return LogicSynapse.from(result.synapse());
    }

    /** LogicNet's rewarder (5e26427) penalties on an answer, written out here independently of the hygiene. */
    private static void assertAValidatorWouldNotPenalise(String question, LogicSynapse reply) {
        String answer = reply.logicAnswer().asText();
        String where = question + " → '" + answer + "'";
        assertFalse(answer.isBlank(), where);
        assertFalse(answer.strip().equals(";"), where);
        assertFalse(Pattern.compile("\\{\\{\\s*answer\\s*\\}\\}").matcher(answer.toLowerCase()).find(), where);
        for (String cheat : List.of("miner_answer", "<example>", "</", "preference>", "<preference")) {
            assertFalse(answer.toLowerCase().contains(cheat), where);
        }
        assertTrue(answer.split("\\s+").length < 20, where);
        assertFalse(reply.logicReasoning().isBlank(), question + ": empty reasoning");
    }

    @Test
    void hostileOutputIsCleanedBeforeItLeavesTheAxon() {
        start(Optional.of(LogicCategory.withDefaults()));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("prose", "1024");
        expected.put("template", "4");
        expected.put("semicolon", "4");
        expected.put("markdown", "4");
        expected.put("cheat", "4");
        expected.put("empty", AnswerHygiene.DEFAULT_EMPTY_ANSWER);
        expected.put("throws", AnswerHygiene.DEFAULT_EMPTY_ANSWER);
        for (Map.Entry<String, String> e : expected.entrySet()) {
            LogicSynapse reply = ask(e.getKey(), 10);
            assertAValidatorWouldNotPenalise(e.getKey(), reply);
            assertEquals(e.getValue(), reply.logicAnswer().asText().replace("always 1.0 ", ""), e.getKey());
        }
        assertEquals(PROSE, ask("prose", 10).logicReasoning(), "the long answer becomes the empty reasoning");
        LogicSynapse partial = ask("partial", 10);
        assertAValidatorWouldNotPenalise("partial", partial);
        assertEquals("half of it: 2 + 2", partial.logicReasoning());
    }

    @Test
    void aSolverCutAtTheDeadlineStillLeavesWithACleanReply() {
        start(Optional.of(LogicCategory.withDefaults()));
        LogicSynapse reply = ask("stuck", 2);
        assertAValidatorWouldNotPenalise("stuck", reply);
        assertEquals(AnswerHygiene.DEFAULT_EMPTY_ANSWER, reply.logicAnswer().asText());
    }

    @Test
    void theAxonsOwnUnansweredReplyGoesThroughTheCategoryToo() {
        start(Optional.of(LogicCategory.withDefaults()));
        PipelineLogicHandler handler = new PipelineLogicHandler(pipeline, name -> Optional.of(
                LogicCategory.withDefaults()), "Logic", Clock.systemUTC());
        LogicAnswer answer = handler.unanswered(new LogicQuestion("q", "Logic", 0, ""), "timed_out");
        assertEquals(AnswerHygiene.DEFAULT_EMPTY_ANSWER, answer.answer());
        assertFalse(answer.reasoning().isBlank());
        assertEquals("timed_out", answer.outcome());
    }

    @Test
    void withoutTheCategoryTheSameOutputWouldLeaveAsItIs() {
        start(Optional.empty());
        assertEquals("{{ answer }}", ask("template", 10).logicAnswer().asText(),
                "control: the cleaning above is the category's doing, not the wire's");
        assertEquals(";", ask("semicolon", 10).logicAnswer().asText());
    }
}
