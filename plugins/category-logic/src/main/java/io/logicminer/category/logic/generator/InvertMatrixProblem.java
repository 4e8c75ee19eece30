package io.logicminer.category.logic.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

import static io.logicminer.category.logic.generator.Draw.bmatrix;

/**
 * mathgenerator's {@code invert_matrix} with its defaults (3x3, entries at most 99, integer inverse): the identity,
 * row additions by three distinct multipliers from 0..⌈99^(1/3)⌉ = 0..5, then Mat[1] += Mat[2], rejected while an
 * entry exceeds 99; rows and columns are then shuffled. Every step keeps the determinant ±1, so the inverse is an
 * integer matrix, which sympy prints as plain integers.
 */
final class InvertMatrixProblem {

    private static final int SIZE = 3;
    private static final int MAX_ELEMENT = 99;

    private InvertMatrixProblem() {
    }

    static Problem make(RandomGenerator random) {
        long[][] m;
        do {
            m = unimodular(random);
        } while (maxEntry(m) > MAX_ELEMENT);
        shuffleRows(m, random);
        m = transpose(m);
        shuffleRows(m, random);
        m = transpose(m);
        return Problem.of("Inverse of Matrix $" + bmatrix(m) + "$ is:", "$" + bmatrix(inverse(m)) + "$");
    }

    private static long[][] unimodular(RandomGenerator random) {
        int maxMultiplier = (int) Math.ceil(Math.pow(MAX_ELEMENT, 1.0 / SIZE));
        List<Integer> pool = new ArrayList<>();
        for (int v = 0; v <= maxMultiplier; v++) {
            pool.add(v);
        }
        Collections.shuffle(pool, random);
        long[][] m = new long[SIZE][SIZE];
        for (int i = 0; i < SIZE; i++) {
            m[i][i] = 1;
        }
        for (int i = 0; i < SIZE; i++) {
            int target = i == SIZE - 1 ? 0 : i + 1;
            for (int j = 0; j < SIZE; j++) {
                m[target][j] += m[i][j] * pool.get(i);
            }
        }
        for (int i = 1; i < SIZE - 1; i++) {
            for (int j = 0; j < SIZE; j++) {
                m[i][j] += m[SIZE - 1][j];
            }
        }
        return m;
    }

    private static long maxEntry(long[][] m) {
        long max = Long.MIN_VALUE;
        for (long[] row : m) {
            for (long v : row) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    private static void shuffleRows(long[][] m, RandomGenerator random) {
        for (int i = m.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long[] t = m[i];
            m[i] = m[j];
            m[j] = t;
        }
    }

    private static long[][] transpose(long[][] m) {
        long[][] t = new long[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    /** The inverse of a 3x3 integer matrix of determinant ±1: its adjugate divided by the determinant. */
    static long[][] inverse(long[][] m) {
        long[][] adjugate = new long[SIZE][SIZE];
        for (int i = 0; i < SIZE; i++) {
            for (int j = 0; j < SIZE; j++) {
                int r0 = (j + 1) % SIZE;
                int r1 = (j + 2) % SIZE;
                int c0 = (i + 1) % SIZE;
                int c1 = (i + 2) % SIZE;
                // cyclic indices give the signed cofactor C(j, i) directly
                adjugate[i][j] = m[r0][c0] * m[r1][c1] - m[r0][c1] * m[r1][c0];
            }
        }
        long det = m[0][0] * adjugate[0][0] + m[0][1] * adjugate[1][0] + m[0][2] * adjugate[2][0];
        if (Math.abs(det) != 1) {
            throw new IllegalStateException("determinant " + det + " is not ±1");
        }
        for (long[] row : adjugate) {
            for (int j = 0; j < SIZE; j++) {
                row[j] *= det;
            }
        }
        return adjugate;
    }
}
