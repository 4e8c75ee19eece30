package io.logicminer.category.logic;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answers in the shapes models write them, against mathgenerator ground truth. */
class AnswerEquivalenceTest {

    private static final AnswerEquivalence EQ = AnswerEquivalence.standard();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // numbers, rounding, fractions, decimals
            "3.99 | 3.99",
            "3.9899 | 3.99",
            "3.985 | 3.99",
            "1/7 | 0.14",
            "\\frac{1}{7} | 0.14",
            "0.142857 | 1/7",
            "\\frac{42}{2} | 21",
            "21.0 | \\frac{42}{2}",
            "2 | 2.0",
            "2.00 | 2.0",
            "1.2042 | 1.2",
            "3.2 | 3.1999999999999993",
            "0.0004 | 0.0",
            "0.0000569 | 5.689576695493855e-05",
            "5.69 \\times 10^{-5} | 5.689576695493855e-05",
            "6.43e74 | 6.43 \\times 10^{74}",
            "6.43 \\cdot 10^{74} | 6.43 \\times 10^{74}",
            "11,628 | 11628",
            "1425.21 m^2 | 1425.2066886217983 m^2",
            "0.7071 | \\frac{1}{\\sqrt{2}}",
            "\\frac{\\sqrt{2}}{2} | \\frac{1}{\\sqrt{2}}",
            "\\sqrt{56} | 2\\sqrt{14}",
            "2 \\sqrt{14} | 2\\sqrt{14}",
            "8.93 | \\sqrt[3]{711}",
            "-3 | -3",
            "x = 5 | 5",
            "x=\\frac{1}{7} | 1/7",
            // percentages and units
            "5.64% | 5.64%",
            "5.64 | 5.64%",
            "0.0564 | 5.64%",
            "5.64\\% | 5.64%",
            "294 | 294 m^2",
            "294 square meters | 294 m^2",
            "294 \\text{ m}^2 | 294 m^2",
            "294 m² | 294 m^2",
            "0.52 rad | 0.52 radians",
            "12.71 \\text{ m/s} | 12.71 m/s",
            "90^\\circ | 90.0",
            "90° | 90.0",
            // complex numbers
            "-28 - 186i | (-28-186j)",
            "-28-186j | (-28-186j)",
            "(-186i - 28) | (-28-186j)",
            // expressions and equations
            "49x^6 + 50x^9 | 50x^{9} + 49x^{6}",
            "50 x^9 + 49 x^6 | 50x^{9} + 49x^{6}",
            "\\frac{9}{7}x^8 + \\frac{7}{9}x^{10} + \\frac{6}{5}x^6 + C | \\frac{9}{7}x^{8} + \\frac{7}{9}x^{10} + \\frac{5}{5}x^{6} + \\frac{1}{5}x^{6} + C",
            "x^6 + 19x^9 | 1x^{6} + 19x^{9}",
            "80x^2 - 10x | 80x^2-10x",
            "y = \\frac{11}{19}x + \\frac{271}{19} | 19y = 11x + 271",
            "11x - 19y + 271 = 0 | 19y = 11x + 271",
            "y = \\frac{2}{7}x - \\frac{108}{7} | y=\\frac{2}{7}x-\\frac{108}{7}",
            "-\\sin(x) | -\\sin",
            "-sin x | -\\sin",
            "\\sec^2(x) | \\sec^{{2}}",
            "\\sec(x)\\tan(x) | \\sec \\cdot \\tan",
            "20^{16} | 20^{16}",
            "20^16 | 20^{16}",
            "\\infty | \\infty",
            // lists, sets, tuples, matrices
            "[1, 739] | [1, 739]",
            "1, 739 | [1, 739]",
            "1 | [1]",
            "2, 2, 3, 3, 5 | 2, 2, 3, 3, 5",
            "[2, 2, 3, 3, 5] | 2, 2, 3, 3, 5",
            "\\{-1.19, -16.81\\} | {-16.81, -1.19}",
            "x = -1.19, x = -16.81 | {-16.81, -1.19}",
            "-\\frac{6}{5}, 0 | {- \\frac{6}{5}, 0}",
            "x = -\\frac{1}{2} | {- \\frac{1}{2}}",
            "(2/7, 45/7) | (\\frac{2}{7}, \\frac{45}{7})",
            "\\left(\\frac{2}{7}, \\frac{45}{7}\\right) | (\\frac{2}{7}, \\frac{45}{7})",
            "(0.2857, 6.4286) | (\\frac{2}{7}, \\frac{45}{7})",
            "x = -12, y = -10 | x = -12, y = -10",
            "y = -10, x = -12 | x = -12, y = -10",
            "x=-12,y=-10 | x = -12, y = -10",
            "[[6, 8], [6, 10]] | \\begin{bmatrix} 6 & 8 \\\\\\ 6 & 10 \\end{bmatrix}",
            "\\begin{pmatrix} 6 & 8 \\\\ 6 & 10 \\end{pmatrix} | \\begin{bmatrix} 6 & 8 \\\\\\ 6 & 10 \\end{bmatrix}",
            "-0.382, -2.618 | ((-0.382, -2.618)) = (\\frac{-3 + \\sqrt{5}}{2}, (\\frac{-3 - \\sqrt{5}}{2})",
            "\\frac{-3+\\sqrt{5}}{2}, \\frac{-3-\\sqrt{5}}{2} | ((-0.382, -2.618)) = (\\frac{-3 + \\sqrt{5}}{2}, (\\frac{-3 - \\sqrt{5}}{2})",
            "-1/6, -1 | ((-0.167, -1.0)) = (\\frac{-7 + 5}{12}, \\frac{-7 - 5}{12})",
            // truth values, symbols, words
            "yes | Yes",
            "Yes. | Yes",
            "True | Yes",
            "No, 62 is not prime | No",
            "> | >",
            "MCMXCVIII | MCMXCVIII",
            "0x40 | 0x40",
            "40 | 0x40",
            "0X21E | 0x21e",
            "4752_8 | 0o4752",
            "(4752)_{8} | 0o4752",
            // prose ground truths
            "89.70992 | Arc length of the angle = 89.70992",
            "The arc length is 89.70992 | Arc length of the angle = 89.70992",
            "1908 is a leap year. | 1908 is a leap year",
            "15 hours and 26 minutes. | 15 hours and 26 minutes",
            "57.1, 53.0 | Arithmetic mean of the series is 57.1 and arithmetic median of this series is 53.0",
            "28.53, 189.85, 13.78 | The Mean is 28.53, Standard Deviation is 189.85, Variance is 13.78",
            "11, 7, 443889677, 3625099027 | The value of a is 11, common ratio is 7 , 10th term is 443889677, sum upto 11th term is 3625099027.0",
            "{2, 3, 4, 5, 6, 7, 8, 9, 10}, {2, 4, 8}, {5, 7, 10}, {3, 6, 9}, {3, 5, 6, 7, 9, 10} | Union is {2, 3, 4, 5, 6, 7, 8, 9, 10}. Intersection is {8, 2, 4}, a-b is {10, 5, 7}, b-a is {9, 3, 6}. Symmetric difference is {3, 5, 6, 7, 9, 10}.",
    })
    void equivalent(String answer, String expected) {
        assertTrue(EQ.equivalent(answer.strip(), expected.strip()), answer + " should equal " + expected);
        assertTrue(EQ.equivalent(expected.strip(), answer.strip()), "symmetric: " + expected + " ~ " + answer);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            "3.98 | 3.99",
            "4 | 3.99",
            "2.04 | 2.0",
            "2.01 | 2",
            "4.003 | 4",
            "956160.00 | 956160.48",
            "956160 | 956160.48",
            "12903063846126135000 | 12903063846126135669",
            "0.1 | 1/7",
            "1/8 | 1/7",
            "\\frac{43}{2} | \\frac{42}{2}",
            "1425.2 m^2 | 1425.2066886217983 m^2",
            "294 m^3 | 294 m^2",
            "0.52 degrees | 0.52 radians",
            "5.65% | 5.64%",
            "564 | 5.64%",
            "-28 + 186i | (-28-186j)",
            "-28 | (-28-186j)",
            "50x^9 + 48x^6 | 50x^{9} + 49x^{6}",
            "50x^9 | 50x^{9} + 49x^{6}",
            "\\frac{9}{7}x^8 + \\frac{7}{9}x^{10} + \\frac{6}{5}x^6 | \\frac{9}{7}x^{8} + \\frac{7}{9}x^{10} + \\frac{6}{5}x^{6} + C",
            "y = \\frac{11}{19}x + 14 | 19y = 11x + 271",
            "\\sin | -\\sin",
            "\\sec^3 | \\sec^{{2}}",
            "\\cos | \\sec",
            "2\\sqrt{13} | 2\\sqrt{14}",
            "20^{15} | 20^{16}",
            "[739, 1] | [1, 739]",
            "1, 739, 2 | [1, 739]",
            "2 | [1]",
            "2, 3, 3, 5 | 2, 2, 3, 3, 5",
            "-16.81 | {-16.81, -1.19}",
            "{-16.81, -1.18} | {-16.81, -1.19}",
            "(45/7, 2/7) | (\\frac{2}{7}, \\frac{45}{7})",
            "x = -10, y = -12 | x = -12, y = -10",
            "-10, -12 | x = -12, y = -10",
            "[[6, 8], [10, 6]] | \\begin{bmatrix} 6 & 8 \\\\\\ 6 & 10 \\end{bmatrix}",
            "[[6, 8, 6, 10]] | \\begin{bmatrix} 6 & 8 \\\\\\ 6 & 10 \\end{bmatrix}",
            "-2.618, -0.382 | ((-0.382, -2.618)) = (\\frac{-3 + \\sqrt{5}}{2}, (\\frac{-3 - \\sqrt{5}}{2})",
            "no | Yes",
            "False | Yes",
            "< | >",
            "MCMXCVII | MCMXCVIII",
            "64 | 0x40",
            "0x41 | 0x40",
            "0o40 | 0x40",
            "89.7 | Arc length of the angle = 89.70992",
            "1908 | 1908 is a leap year",
            "1908 is not a leap year | 1908 is a leap year",
            "26 hours and 15 minutes | 15 hours and 26 minutes",
            "15 minutes and 26 hours | 15 hours and 26 minutes",
            "53.0, 57.1 | Arithmetic mean of the series is 57.1 and arithmetic median of this series is 53.0",
            "53.0 | Arithmetic mean of the series is 57.1 and arithmetic median of this series is 53.0",
            "yes | No",
            "x | y",
            "\\infty | 0",
    })
    void different(String answer, String expected) {
        assertFalse(EQ.equivalent(answer.strip(), expected.strip()), answer + " must not equal " + expected);
        assertFalse(EQ.equivalent(expected.strip(), answer.strip()), "symmetric: " + expected + " !~ " + answer);
    }

    @Test
    void blankAndNullAnswersEqualNothing() {
        assertFalse(EQ.equivalent(null, "5"));
        assertFalse(EQ.equivalent("", ""));
        assertFalse(EQ.equivalent("  $ $ ", "5"));
        assertFalse(EQ.equivalent("5", null));
    }

    @Test
    void hostileInputNeverThrows() {
        String[] inputs = {"((((((((((", "\\frac{", "\\begin{bmatrix}", "}}}}", "1/0", "0^-1", "9^{9^{9^{9}}}",
                "x^{1000000}", "\\sqrt{-4}", "{{{{{{{{{{1}}}}}}}}}}", "=====", ",,,,", "1e999999", "%", "°",
                "\\boxed{\\boxed{\\boxed{7}}}", "[".repeat(5000) + "1" + "]".repeat(5000)};
        for (String a : inputs) {
            for (String b : inputs) {
                EQ.equivalent(a, b);
            }
            EQ.equivalent(a, "1");
        }
    }

    @Test
    void settingsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new AnswerEquivalence(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> new AnswerEquivalence(0.5, 2));
        assertThrows(IllegalArgumentException.class, () -> new AnswerEquivalence(1e-9, 13));
        AnswerEquivalence lenient = new AnswerEquivalence(1e-9, 1);
        assertTrue(lenient.equivalent("2.04", "2.0"));
        assertFalse(EQ.equivalent("2.04", "2.0"));
        assertEquals(1e-9, EQ.relativeTolerance());
        assertEquals(2, EQ.minimumDecimals());
    }

    @Test
    void relativeToleranceAppliesOnlyToInexactValues() {
        AnswerEquivalence loose = new AnswerEquivalence(1e-3, 2);
        assertTrue(loose.equivalent("1.4143", "\\sqrt{2}"));
        assertFalse(EQ.equivalent("1.4143", "\\sqrt{2}"));
        assertFalse(loose.equivalent("1001", "1000"), "integers are exact whatever the tolerance");
    }
}
