package io.logicminer.spi;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * One named section of the host's configuration, e.g. {@code models.qwen} or {@code solvers.cot5}, handed to the
 * factory that builds the instance. Keys are relative to the section.
 *
 * <p>Every getter validates: a missing key without a default, or a value of the wrong type, throws
 * {@link InvalidConfigException} naming the full path, where it was set (file:line or command line) and what was
 * expected. Factories should read all their keys inside their {@code create} method so that a bad value is reported
 * at startup, not on the first request.
 */
public interface ComponentConfig {

    /** Full path of this section, e.g. {@code "models.qwen"}. */
    String path();

    /** Keys directly present in this section (not nested paths). */
    Set<String> keys();

    /** Whether {@code key} is set (and not null). */
    boolean has(String key);

    String getString(String key);

    String getString(String key, String defaultValue);

    int getInt(String key);

    int getInt(String key, int defaultValue);

    long getLong(String key, long defaultValue);

    double getDouble(String key);

    double getDouble(String key, double defaultValue);

    boolean getBoolean(String key, boolean defaultValue);

    /** A duration in HOCON notation ({@code 500ms}, {@code 2s}, {@code 1m}); a bare number means milliseconds. */
    Duration getDuration(String key, Duration defaultValue);

    /** A list of strings; a single string is accepted as a one-element list. */
    List<String> getStringList(String key, List<String> defaultValue);

    /**
     * One of the constants of {@code type}, matched case-insensitively with {@code -} and {@code _} equivalent
     * ({@code single-call} matches {@code SINGLE_CALL}); an unknown value is reported with the list of choices.
     */
    <E extends Enum<E>> E getEnum(Class<E> type, String key, E defaultValue);

    /** A nested section. */
    ComponentConfig section(String key);

    /** Where {@code key} was set, e.g. {@code "conf/application.conf:12"} or {@code "command line"}. */
    String origin(String key);

    /** An exception about {@code key} carrying its full path and origin, for factory-specific checks. */
    InvalidConfigException invalid(String key, String message);
}
