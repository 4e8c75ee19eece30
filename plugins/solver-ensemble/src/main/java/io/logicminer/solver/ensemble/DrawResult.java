package io.logicminer.solver.ensemble;

import java.util.List;

/**
 * What one {@link Draw} brought: its ballots, or the problem that kept it from bringing any.
 *
 * @param draw    the draw
 * @param ballots the samples that arrived (fewer than {@code draw.count()} when a backend ignored {@code n})
 * @param problem null when it went well; else what went wrong, naming the member
 * @param kind    what kind of problem, for the solution's status when nothing at all arrived
 * @param cutShort true when the client ended the reply (at the deadline, on a broken stream): choices that had not
 *                 started then are missing from {@code ballots}, which says nothing about the backend's {@code n}
 */
record DrawResult(Draw draw, List<Ballot> ballots, String problem, ProblemKind kind, boolean cutShort) {

    /** Why a draw brought nothing. */
    enum ProblemKind {
        NONE,
        /** The chat model could not be used (HTTP error status, connection). */
        LLM,
        /** The deadline passed first. */
        DEADLINE,
        /** Anything else: a malformed reply, a member that declined or failed. */
        OTHER
    }

    static DrawResult of(Draw draw, List<Ballot> ballots) {
        return new DrawResult(draw, List.copyOf(ballots), null, ProblemKind.NONE, false);
    }

    /** A reply the client cut short: its ballots are the choices that had started. */
    static DrawResult cut(Draw draw, List<Ballot> ballots) {
        return new DrawResult(draw, List.copyOf(ballots), null, ProblemKind.NONE, true);
    }

    static DrawResult failed(Draw draw, ProblemKind kind, String problem) {
        return new DrawResult(draw, List.of(), problem, kind, false);
    }
}
