package io.logicminer.spi;

/**
 * A configuration value is missing, of the wrong type, or not acceptable. The host prints
 * {@link #getMessage()} as one line and exits with status 2; the message names the key, where it was set and how to
 * fix it.
 */
public class InvalidConfigException extends RuntimeException {

    private final String path;
    private final String origin;

    /**
     * @param path    full config path of the offending key, e.g. {@code solvers.direct.mode}
     * @param origin  where it was set ({@code file:line}, {@code command line}, {@code defaults}); may be null
     * @param problem what is wrong and how to fix it
     */
    public InvalidConfigException(String path, String origin, String problem) {
        super(path + ": " + problem + (origin == null || origin.isBlank() ? "" : " (" + origin + ")"));
        this.path = path;
        this.origin = origin;
    }

    /** Full config path of the offending key. */
    public String path() {
        return path;
    }

    /** Where the key was set, or null when unknown. */
    public String origin() {
        return origin;
    }
}
