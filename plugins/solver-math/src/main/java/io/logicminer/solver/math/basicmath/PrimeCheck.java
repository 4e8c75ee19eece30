package io.logicminer.solver.math.basicmath;

/** Trial division, shared by the prime and composite questions. */
final class PrimeCheck {

    private PrimeCheck() {
    }

    /** The smallest divisor of n greater than 1 (n itself when n is prime); n for n below 2. */
    static long smallestDivisor(long n) {
        if (n < 4) {
            return n;
        }
        for (long d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return d;
            }
        }
        return n;
    }
}
