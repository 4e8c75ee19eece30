package io.logicminer.spi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One question to answer.
 *
 * @param id       caller's identifier (a validator request UUID, a line id from a JSONL file); never null
 * @param question the question text exactly as received, including any paraphrasing noise
 * @param category the category name the question belongs to, e.g. {@code "Logic"}
 * @param timeout  the time the asker allows in total (the validator's {@code timeout})
 * @param deadline the instant by which the solver must have returned; the host sets it to the arrival time plus
 *                 {@code timeout} minus its safety margin. A solver that cannot finish must return what it has
 *                 before this instant rather than overrun it.
 */
public record Challenge(String id, String question, String category, Duration timeout, Instant deadline) {

    public Challenge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(deadline, "deadline");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /** A challenge whose deadline is {@code timeout} from now on the given clock (no safety margin). */
    public static Challenge of(String id, String question, String category, Duration timeout, Clock clock) {
        return new Challenge(id, question, category, timeout, clock.instant().plus(timeout));
    }

    /** Time left until {@link #deadline()} on the given clock; zero once it has passed, never negative. */
    public Duration remaining(Clock clock) {
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** A copy with another deadline, e.g. an earlier one that keeps time back for a fallback. */
    public Challenge withDeadline(Instant newDeadline) {
        return new Challenge(id, question, category, timeout, newDeadline);
    }
}
