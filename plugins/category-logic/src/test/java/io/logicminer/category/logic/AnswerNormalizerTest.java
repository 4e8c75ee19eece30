package io.logicminer.category.logic;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnswerNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "$5$ | 5",
            "\\( 5 \\) | 5",
            "\\[5\\] | 5",
            "  The answer is 5.  | 5",
            "**Final Answer:** 5 | 5",
            "\\boxed{5} | 5",
            "\\text{Yes} | Yes",
            "x = 5 | 5",
            "x=-\\frac{1}{2} | -1/2",
            "y = 2x + 3 | y = 2x + 3",
            "\\frac{7}{30} | 7/30",
            "\\dfrac{a+1}{b} | (a+1)/b",
            "40x^{9} | 40x^9",
            "10^{-8} | 10^-8",
            "\\left( 1, 2 \\right) | ( 1, 2 )",
            "6.43 \\times 10^{74} | 6.43 * 10^74",
            "\\sec \\cdot \\tan | sec * tan",
            "\\sec^{{2}} | sec ^2",
            "\\sqrt[3]{711} | (711)^(1/3)",
            "\\begin{bmatrix} 6 & 8 \\\\\\ 6 & 10 \\end{bmatrix} | [[6, 8], [6, 10]]",
            "{- \\frac{6}{5}, 0} | {- 6/5, 0}",
            "\\{1, 2\\} | {1, 2}",
            "90^\\circ | 90°",
            "5.64\\% | 5.64%",
            "294 \\text{ m}^2 | 294 m^2",
    })
    void normalizes(String raw, String expected) {
        assertEquals(expected.strip(), AnswerNormalizer.normalize(raw.strip()));
        assertEquals(expected.strip(), AnswerNormalizer.normalize(AnswerNormalizer.normalize(raw.strip())),
                "idempotent");
    }
}
