package io.logicminer.category.logic.generator;

import java.util.Map;

import static io.logicminer.category.logic.generator.Draw.randint;

/** mathgenerator's {@code computer_science} module. */
final class ComputerScienceProblems {

    private ComputerScienceProblems() {
    }

    static void register(Map<String, ProblemMaker> makers) {
        makers.put("decimal_to_hexadeci", r -> {
            int a = randint(r, 0, 1000);
            return Problem.of("Hexadecimal of " + a + " = ", "0x" + Integer.toHexString(a));
        });
        makers.put("decimal_to_octal", r -> {
            int x = randint(r, 0, 4096);
            return Problem.of("The decimal number " + x + " in octal is: ", "0o" + Integer.toOctalString(x));
        });
        makers.put("binary_to_hex", r -> {
            String bits = bits(r, randint(r, 1, 10));
            return Problem.of(bits, "0x" + Integer.toHexString(Integer.parseInt(bits, 2)));
        });
        makers.put("fibonacci_series", r -> {
            int n = randint(r, 1, 20);
            java.util.List<Long> series = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                series.add(i < 2 ? i : series.get(i - 1) + series.get(i - 2));
            }
            // Quirk kept: the problem never says n ("{n}" is printed literally).
            return Problem.of("The Fibonacci Series of the first {n} numbers is ?",
                    series.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
        });
        makers.put("bcd_to_decimal", r -> {
            int n = randint(r, 1000, 10000);
            StringBuilder bits = new StringBuilder();
            int leading = n;
            for (int rest = n; ; rest /= 10) {
                String nibble = Integer.toBinaryString(rest % 10);
                bits.insert(0, "0".repeat(4 - nibble.length()) + nibble);
                if (rest / 10 == 0) {
                    leading = rest;
                    break;
                }
            }
            // Quirk kept: the problem prints only the leading digit (the loop variable after the loop).
            return Problem.of("Integer of Binary Coded Decimal " + leading + " = ",
                    new java.math.BigInteger(bits.toString(), 2).toString());
        });
        makers.put("nth_fibonacci_number", r -> {
            int n = randint(r, 1, 100);
            // mathgenerator's float formula int((phi^n - (-phi)^-n) / sqrt(5)), with pow correctly rounded as
            // CPython's libm does, so large n carry the same error as the ground truth.
            double phi = (1 + Math.sqrt(5)) / 2;
            java.math.BigDecimal exactPhi = new java.math.BigDecimal(phi);
            double up = exactPhi.pow(n).doubleValue();
            java.math.BigDecimal down = java.math.BigDecimal.ONE.divide(exactPhi.negate().pow(n),
                    new java.math.MathContext(60));
            double value = (up - down.doubleValue()) / Math.sqrt(5);
            return Problem.of("What is the " + n + "th Fibonacci number?",
                    new java.math.BigDecimal(value).toBigInteger().toString());
        });
        makers.put("decimal_to_bcd", r -> {
            int n = randint(r, 1000, 10000);
            // Quirk kept: the "BCD" is the base-16 digits written in decimal.
            StringBuilder bcd = new StringBuilder();
            for (int x = n; x > 0; x >>= 4) {
                bcd.insert(0, x % 16);
            }
            return Problem.of("BCD of Decimal Number " + n + " = ", bcd.toString());
        });
        makers.put("nth_tribonacci_number", r -> {
            int n = randint(r, 1, 80);
            java.math.BigInteger[] t = new java.math.BigInteger[Math.max(3, n)];
            t[0] = java.math.BigInteger.ZERO;
            t[1] = java.math.BigInteger.ZERO;
            t[2] = java.math.BigInteger.ONE;
            for (int i = 3; i < n; i++) {
                t[i] = t[i - 1].add(t[i - 2]).add(t[i - 3]); // beyond 64 bits from n = 76 on
            }
            return Problem.of("What is the " + n + "th Tribonacci number?", t[n - 1].toString());
        });
        makers.put("binary_2s_complement", r -> {
            String question;
            do {
                question = bits(r, randint(r, 1, 10)).replaceFirst("^0+", "");
            } while (question.isEmpty()); // an all-zero draw has no answer: the validator re-draws it
            char[] answer = new char[question.length()];
            for (int i = 0; i < answer.length; i++) {
                answer[i] = question.charAt(i) == '1' ? '0' : '1';
            }
            boolean carry = true;
            int j = answer.length - 1;
            while (j >= 0) {
                if (answer[j] == '0') {
                    answer[j] = '1';
                    carry = false;
                    break;
                }
                answer[j] = '0';
                j--;
            }
            String solution = new String(answer);
            if (j == 0 && carry) {
                solution = "1" + solution;
            }
            solution = solution.replaceFirst("^0+", "");
            return Problem.of("2's complement of " + question + " = ", solution);
        });
    }

    private static String bits(java.util.random.RandomGenerator r, int digits) {
        StringBuilder bits = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            bits.append(randint(r, 0, 1));
        }
        return bits.toString();
    }
}
