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
 *
 * <p>What each getter accepts is one rule for the host and for the testkit's {@code MapComponentConfig} (a contract
 * test, {@code io.logicminer.testkit.ComponentConfigContract}, runs against both). Values from the command line
 * are always strings, so every typed getter also accepts its value written as a string:
 * <ul>
 *   <li><b>strings</b>: any scalar (string, number, boolean) reads as text; a list or a section is an error;</li>
 *   <li><b>whole numbers</b> ({@link #getInt}, {@link #getLong}): {@code 3} or {@code "3"}; a fraction
 *       ({@code 2.5}) or a value beyond the type's range is an error;</li>
 *   <li><b>numbers</b> ({@link #getDouble}): any number or numeric string;</li>
 *   <li><b>booleans</b>: {@code true}/{@code false}, {@code yes}/{@code no}, {@code on}/{@code off} (lower case);</li>
 *   <li><b>durations</b>: HOCON notation, a number and a unit: {@code ns}, {@code us}, {@code ms}, {@code s},
 *       {@code m}, {@code h}, {@code d} or a long form ({@code nano(s)}, {@code nanosecond(s)}, {@code micro(s)},
 *       {@code microsecond(s)}, {@code milli(s)}, {@code millisecond(s)}, {@code second(s)}, {@code minute(s)},
 *       {@code hour(s)}, {@code day(s)}); fractions are allowed ({@code 1.5s}); a bare number means
 *       milliseconds;</li>
 *   <li><b>lists of strings</b>: a real list (numbers and booleans in it read as text), or one scalar split at
 *       commas with the blanks around each item removed ({@code "a, b"} is {@code [a, b]}, {@code ""} is
 *       {@code []});</li>
 *   <li><b>sections</b>: a nested object; an absent section is empty, a scalar where a section belongs is an
 *       error;</li>
 *   <li><b>lists of sections</b>: a list whose every element is a nested object; absent is empty; a scalar, a
 *       section, or a list holding anything but sections is an error;</li>
 *   <li>{@link #has}: set and not {@code null}; every getter with a default returns it exactly when {@code has}
 *       is false, and every getter without one reports an absent key as required;</li>
 *   <li><b>errors</b>: {@link InvalidConfigException} whose {@link InvalidConfigException#path() path} is the full
 *       path ({@code solvers.cot5.samples}), whose {@link InvalidConfigException#origin() origin} is
 *       {@link #origin(String)}, and whose message quotes the bad value and says what was expected.</li>
 * </ul>
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

    /**
     * A duration in HOCON notation ({@code 500ms}, {@code 2s}, {@code 1m}, {@code 2 minutes}, {@code 1h}); a bare
     * number means milliseconds. {@code 2min} is not HOCON and is refused with the list of units.
     */
    Duration getDuration(String key, Duration defaultValue);

    /** A list of strings: a real list, or a single value split at commas ({@code "a, b"} is {@code [a, b]}). */
    List<String> getStringList(String key, List<String> defaultValue);

    /**
     * One of the constants of {@code type}, matched case-insensitively with {@code -} and {@code _} equivalent
     * ({@code single-call} matches {@code SINGLE_CALL}); an unknown value is reported with the list of choices.
     */
    <E extends Enum<E>> E getEnum(Class<E> type, String key, E defaultValue);

    /** A nested section. */
    ComponentConfig section(String key);

    /**
     * A list of sections, e.g. {@code endpoints = [ { base_url = "..." }, { base_url = "..." } ]}; absent is empty.
     * Each element's {@link #path()} is the list's path with its index, {@code models.pool.endpoints[1]}, and its
     * errors name where that element was written. A list element that is not a section, or a value that is not a
     * list, is an error naming the key.
     */
    List<ComponentConfig> getSectionList(String key);

    /** Where {@code key} was set, e.g. {@code "conf/application.conf:12"} or {@code "command line"}. */
    String origin(String key);

    /** An exception about {@code key} carrying its full path and origin, for factory-specific checks. */
    InvalidConfigException invalid(String key, String message);
}
