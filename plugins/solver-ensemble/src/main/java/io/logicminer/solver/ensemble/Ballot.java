package io.logicminer.solver.ensemble;

import java.util.Optional;

/**
 * One sample's vote: what a member produced for one draw.
 *
 * @param member    the member's label, e.g. {@code model default} or {@code solver math}
 * @param order     the ballot's place in member order (member position in {@code members}, then sample index):
 *                  the last tie-breaker, independent of arrival order
 * @param weight    the member's weight
 * @param reasoning the reasoning text (a model's whole output without the final-answer line, a solver's reasoning)
 * @param answer    the extracted answer; empty when the sample had none
 * @param complete  false when the text was cut (token limit, deadline, broken stream) or the solver answered only
 *                  partially; such ballots vote only when no complete one has an answer
 */
record Ballot(String member, long order, double weight, String reasoning, Optional<String> answer,
              boolean complete) {

    /** True when this ballot counts in the main vote. */
    boolean counts() {
        return complete && answer.isPresent();
    }
}
