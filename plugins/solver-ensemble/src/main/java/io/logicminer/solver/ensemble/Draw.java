package io.logicminer.solver.ensemble;

/**
 * One unit of work: a chat request for {@code count} choices ({@code n}), or one call of a solver member.
 *
 * @param member      who is asked
 * @param firstSample the index of the first sample it yields among the member's samples
 * @param count       how many samples it yields
 */
record Draw(EnsembleMember member, int firstSample, int count) {

    /** The weight of the votes it may still bring. */
    double pendingWeight() {
        return member.weight() * count;
    }

    /**
     * A ballot's order for the tie rule: member position first, then sample index (unique: a member draws at most
     * {@link EnsembleSolverType#MAX_MEMBER_SAMPLES} samples, far below the million per position).
     */
    long order(int sampleOffset) {
        return member.position() * 1_000_000L + firstSample + sampleOffset;
    }
}
