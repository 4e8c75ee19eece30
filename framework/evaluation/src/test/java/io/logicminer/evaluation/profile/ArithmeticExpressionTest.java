package io.logicminer.evaluation.profile;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The number-only subset of sympify, value by value (checked against sympy 1.14 when written). */
class ArithmeticExpressionTest {

    private static double real(String text) {
        ComplexNumber v = ArithmeticExpression.evaluate(text).orElseThrow(() -> new AssertionError(text));
        assertEquals(0.0, v.im(), 0.0, text);
        return v.re();
    }

    @Test
    void pythonNumberLiterals() {
        assertEquals(1000, real("1_000"));
        assertEquals(5, real("5."));
        assertEquals(0.5, real(".5"));
        assertEquals(31, real("0x1F"));
        assertEquals(15, real("0o17"));
        assertEquals(5, real("0b101"));
        assertEquals(100000, real("1e5"));
        assertEquals(0.001, real("1E-3"));
        assertEquals(0, real("00"));
        assertEquals(new ComplexNumber(0, 3), ArithmeticExpression.evaluate("3j").orElseThrow());
        assertEquals(new ComplexNumber(0, 0.5), ArithmeticExpression.evaluate("5e-1j").orElseThrow());
    }

    @Test
    void operatorsAndFunctions() {
        assertEquals(3, real("7//2"));
        assertEquals(-3, real("-(3)"));
        assertEquals(-3, real("+-3"));
        assertEquals(-6, real("2*-3"));
        assertEquals(3, real("(1\n+2)"));
        assertEquals(14, real("2*(3+4)"));
        assertEquals(1.0 / 3, real("1/3"), 1e-15);
        assertEquals(2, real("abs(-2)"));
        assertEquals(Math.PI, real("pi"));
        assertEquals(Math.E, real("E"));
        assertEquals(4, real(" 3\t+1 "));
        assertEquals(new ComplexNumber(0, 2), ArithmeticExpression.evaluate("sqrt(-4)").orElseThrow());
        assertEquals(new ComplexNumber(0, 2), ArithmeticExpression.evaluate("I*2").orElseThrow());
    }

    @Test
    void whatSympifyRejectsOrCannotSubtractIsEmpty() {
        for (String text : List.of("", "007", "2 j", "1.5.2", "1..2", "2pi", "1e", "x", "2*x", "(1, 2)", "[1, 2]",
                "{1, 2}", "x = 5", "1 < 2", "\\frac{1}{2}", "٣", "1_", "1__0", "10**2", "1/0", "sin(1)", "2 3")) {
            assertTrue(ArithmeticExpression.evaluate(text).isEmpty(), "'" + text + "'");
        }
    }

    @Test
    void nestingDeeperThanPythonsParserAllowsIsEmptyNotAStackOverflow() {
        int limit = ArithmeticExpression.MAX_NESTING;
        assertEquals(1, real("(".repeat(limit) + "1" + ")".repeat(limit)));
        assertEquals(-1, real("-".repeat(limit - 1) + "1"));
        assertEquals(2, real("abs(".repeat(limit - 1) + "-2" + ")".repeat(limit - 1)));
        assertTrue(ArithmeticExpression.evaluate("(".repeat(limit + 1) + "1" + ")".repeat(limit + 1)).isEmpty());
        assertTrue(ArithmeticExpression.evaluate("-".repeat(limit + 1) + "1").isEmpty());
        assertTrue(ArithmeticExpression.evaluate("abs(".repeat(limit + 1) + "1" + ")".repeat(limit + 1)).isEmpty());
        // hostile answers: each of these overflowed the stack before the limit
        for (String text : List.of("1+" + "(".repeat(200_000) + "1", "1+" + "-".repeat(200_000) + "1",
                "1+" + "+".repeat(200_000) + "1", "sqrt(".repeat(100_000) + "1",
                "(".repeat(100_000) + "1" + ")".repeat(100_000))) {
            assertTrue(ArithmeticExpression.evaluate(text).isEmpty(), text.substring(0, 10));
        }
    }

    @Test
    void hexOctalAndBinaryLiteralsBeyondDoubleAreInfiniteWithoutParsing() {
        assertEquals(Math.scalb(1.0, 1020), ArithmeticExpression.radixValue("1" + "0".repeat(255), 16));
        assertEquals(Math.scalb(1.0, 1023), ArithmeticExpression.radixValue("1" + "0".repeat(1023), 2));
        assertEquals(Double.POSITIVE_INFINITY, ArithmeticExpression.radixValue("F".repeat(256), 16));
        assertEquals(Double.POSITIVE_INFINITY, ArithmeticExpression.radixValue("1" + "0".repeat(275), 16));
        assertEquals(Double.POSITIVE_INFINITY, ArithmeticExpression.radixValue("7" + "0".repeat(400), 8));
        assertEquals(31, ArithmeticExpression.radixValue("0".repeat(5000) + "1F", 16));
        assertEquals(0, ArithmeticExpression.radixValue("0".repeat(5000), 16));
        assertEquals(31, real("0x" + "0".repeat(1000) + "1F"));
        assertTrue(ArithmeticExpression.evaluate("0x1" + "0".repeat(300)).isEmpty(), "infinite: not a number here");
        // a hang guard, not a measurement: parsing these digits took minutes (quadratic) before the cutoff
        String hostile = "1+0x" + "F".repeat(4_000_000);
        String zeros = "0x" + "0".repeat(4_000_000) + "1F";
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertTrue(ArithmeticExpression.evaluate(hostile).isEmpty());
            assertEquals(31, real(zeros));
        });
    }
}
