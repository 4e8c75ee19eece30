package io.logicminer.bittensor.axon;

/**
 * A setting of the axon or the miner policy out of its range. {@link #key()} is the configuration path it is read
 * from (e.g. {@code axon.max_concurrent}), so whoever read the value can report it at its origin.
 */
public final class InvalidSettingException extends IllegalArgumentException {

    private final String key;
    private final String problem;

    public InvalidSettingException(String key, String problem) {
        super(key + " " + problem);
        this.key = key;
        this.problem = problem;
    }

    /** What is wrong with the value, without the key. */
    public String problem() {
        return problem;
    }

    /** The configuration path, {@code section.key}. */
    public String key() {
        return key;
    }

    /** Throws naming {@code key} unless {@code ok}. */
    public static void check(boolean ok, String key, String problem) {
        if (!ok) {
            throw new InvalidSettingException(key, problem);
        }
    }
}
