package io.logicminer.solver.math;

import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.SolutionStatus;
import io.logicminer.spi.solver.Solver;
import io.logicminer.testkit.MapComponentConfig;
import io.logicminer.testkit.MapSolverContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MathSolverTypeTest {

    private final Solver solver = new MathSolverType().create("math", MapComponentConfig.of("solvers.math", "type", "math"),
            new MapSolverContext());

    private static Challenge challenge(String question) {
        return Challenge.of("t1", question, "Logic", Duration.ofSeconds(10), Clock.systemUTC());
    }

    @Test
    void answersACanonicalQuestionWithReasoning() throws Exception {
        Solution s = solver.solve(challenge(
                "Find the solution of this math problem:\n---\nTopic: Algebra, Subtopic: Vector dot.\n[2, -8, -11]\\cdot[-11, -9, -12]=\n---\n"));
        assertEquals(SolutionStatus.ANSWERED, s.status());
        assertEquals("182", s.answer());
        assertEquals("math", s.solver());
        assertTrue(s.reasoning().contains("dot product"), s.reasoning());
    }

    @Test
    void answersAParaphraseWithoutTheTopicLine() throws Exception {
        Solution s = solver.solve(challenge("ok so as a tired grad student i need the determinant, "
                + "\\det \\begin{bmatrix} 81 & 67 \\\\\\ 96 & 19 \\end{bmatrix}= ... thanks"));
        assertEquals("-4893", s.answer());
    }

    @Test
    void declinesWithAReasonInsteadOfGuessing() throws Exception {
        Solution s = solver.solve(challenge("What is the meaning of life, the universe and everything?"));
        assertEquals(SolutionStatus.DECLINED, s.status());
        assertTrue(s.error().contains("no topic solver"), s.error());
    }

    @Test
    void declinesTheUnanswerableBcdQuestion() throws Exception {
        Solution s = solver.solve(challenge("Find the solution of this math problem:\n---\n"
                + "Topic: Computer science, Subtopic: Bcd to decimal.\nInteger of Binary Coded Decimal 3 =\n---\n"));
        assertEquals(SolutionStatus.DECLINED, s.status());
    }
}
