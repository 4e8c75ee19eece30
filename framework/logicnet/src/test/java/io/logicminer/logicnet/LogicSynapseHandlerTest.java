package io.logicminer.logicnet;

import static org.junit.jupiter.api.Assertions.*;

import io.logicminer.bittensor.axon.AxonRejection;
import io.logicminer.bittensor.axon.SolveContext;
import io.logicminer.bittensor.axon.SynapseHandler;
import io.logicminer.bittensor.axon.ValidatorIdentity;
import io.logicminer.bittensor.synapse.Synapse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** LogicNet's LogicSynapse route alone: the question cap before queueing, the handler's answer in the synapse. */
class LogicSynapseHandlerTest {

    private static Synapse question(String text) {
        return LogicSynapse.question(text, "Logic", 20, "t").toSynapse();
    }

    @Test
    void questionOverTheCapIsRefusedWith413BeforeItIsQueued() throws Exception {
        LogicSynapseHandler handler = new LogicSynapseHandler((q, b, w) -> fail("never solved"), 100);
        AxonRejection rejection = assertThrows(AxonRejection.class, () -> handler.admit(question("x".repeat(101))));
        assertEquals(413, rejection.status());
        assertEquals("question_too_large", rejection.outcome());
        assertTrue(rejection.getMessage().contains("axon.max_question_bytes = 100"), rejection.getMessage());
        // Multi-byte characters count in UTF-8 bytes: 34 chars of 3 bytes each are 102 bytes.
        assertThrows(AxonRejection.class, () -> handler.admit(question("€".repeat(34))));
        assertDoesNotThrow(() -> handler.admit(question("€".repeat(33))));
        assertDoesNotThrow(() -> handler.admit(question("x".repeat(100))));
    }

    @Test
    void answerIsWrittenIntoTheSynapseWithItsOutcome() throws Exception {
        AtomicReference<LogicQuestion> asked = new AtomicReference<>();
        LogicSynapseHandler handler = new LogicSynapseHandler((q, b, w) -> {
            asked.set(q);
            return new LogicAnswer("because", "42");
        }, 1000);
        SynapseHandler.Handled handled = handler.handle(question("6*7?"),
            new SolveContext(new ValidatorIdentity(1, "5Val", 20_000), 20.0, Duration.ofSeconds(18)));
        assertEquals("6*7?", asked.get().question());
        assertEquals("Logic", asked.get().category());
        LogicSynapse answered = LogicSynapse.from(handled.synapse());
        assertEquals("42", answered.logicAnswer().asText());
        assertEquals("because", answered.logicReasoning());
        assertEquals("answered", handled.outcome());
    }
}
