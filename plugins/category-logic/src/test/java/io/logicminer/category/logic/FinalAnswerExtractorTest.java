package io.logicminer.category.logic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FinalAnswerExtractorTest {

    private static String extract(String output) {
        return FinalAnswerExtractor.extract(output).map(AnswerNormalizer::normalize).orElse("<none>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Step 1.\\nStep 2.\\nFinal answer: 42 | 42",
            "reasoning\\nFINAL ANSWER: 42. | 42",
            "reasoning\\n**Final Answer:** $x = 3$ | 3",
            "reasoning\\n**Final Answer**: \\boxed{\\frac{7}{30}} | 7/30",
            "### Final answer: 12 | 12",
            "The final answer is 5.64%. | 5.64%",
            "Final answer:\\n\\n\\[\\n\\boxed{2\\sqrt{14}}\\n\\] | 2sqrt(14)",
            "Final answer: 3\\nFinal answer: 4 | 4",
            "So we get $\\boxed{5}$ first, then correct it to $\\boxed{\\frac{1}{2}}$. | 1/2",
            "Hence \\boxed{\\{1, 2\\}} | {1, 2}",
            "\\boxed{\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}} | [[1, 2], [3, 4]]",
            "We add them. The answer is 108. | 108",
            "Work.\\nAnswer: No | No",
            "First we add. Then we divide.\\nThe area is 3.99 m^2. | The area is 3.99 m^2",
    })
    void finds(String output, String expected) {
        assertEquals(expected.strip(), extract(output.replace("\\n", "\n").strip()));
    }

    @Test
    void nestedBracesInsideBoxed() {
        assertEquals(Optional.of("\\frac{\\sqrt{2}}{2}"),
                FinalAnswerExtractor.extract("thus \\boxed{\\frac{\\sqrt{2}}{2}} done"));
    }

    @Test
    void nothingAnswerLike() {
        assertEquals(Optional.empty(), FinalAnswerExtractor.extract(null));
        assertEquals(Optional.empty(), FinalAnswerExtractor.extract("   \n  "));
        assertEquals(Optional.empty(), FinalAnswerExtractor.extract("---\n***"));
        assertEquals(Optional.empty(), LogicCategory.withDefaults().extractAnswer("Final answer: $ $"));
    }

    @Test
    void aRunOfHashesIsScannedOnce() {
        String hashes = "#".repeat(100_000) + " x";
        Optional<String> found = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> FinalAnswerExtractor.extract(hashes));
        assertEquals(Optional.of("x"), found);
        assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> FinalAnswerExtractor.marksAnAnswer(hashes)));
        assertEquals("12", extract("#".repeat(100_000) + " Final answer: 12"));
    }

    @Test
    void aLongRunOfSpacesAfterAMarkerIsScannedOnce() {
        for (String marker : new String[] {"Final answer", "answer", "the answer"}) {
            String spaced = marker + " ".repeat(100_000) + "x";
            assertEquals(Optional.of(spaced.strip()), assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> FinalAnswerExtractor.extract(spaced)), marker);
        }
        assertEquals("7", extract("Final  answer **  :**  7"));
        assertEquals("8", extract("the correct  answer   is 8"));
    }

    @Test
    void unbalancedBoxedFallsBackToTheLastSentence() {
        String answer = extract("We try.\nso the answer might be 7 \\boxed{7");
        assertTrue(answer.startsWith("so the answer might be 7"), answer);
    }
}
