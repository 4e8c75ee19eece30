package io.logicminer.testkit;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.InvalidConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of {@link ComponentConfig} (its Javadoc states them), as a test every implementation runs: the host's
 * config over Typesafe Config in core's tests, {@link MapComponentConfig} in the testkit's. Subclass it and build
 * the section from the fixture map; the fixture holds only what HOCON can say (strings, numbers, booleans, lists,
 * nested maps, null).
 */
public abstract class ComponentConfigContract {

    /** The section path every fixture lives under. */
    protected static final String PATH = "solvers.contract";

    enum Mode { TWO_CALL, SINGLE_CALL }

    /** Every unit spelling HOCON accepts, each with the amount {@code 2} in that unit. */
    private static final Map<String, Duration> TWO_IN_EVERY_UNIT = durations();

    /** The implementation under test: a section at {@code path} holding {@code values}. */
    protected abstract ComponentConfig section(String path, Map<String, Object> values);

    private ComponentConfig fixture() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "qwen");
        values.put("count", 3);
        values.put("count_text", "3");
        values.put("negative", -7);
        values.put("big", 9_000_000_000L);
        values.put("big_text", "9000000000");
        values.put("fraction", 2.5);
        values.put("fraction_text", "2.5");
        values.put("whole_double", 4.0);
        values.put("ratio", 0.25);
        values.put("ratio_text", "0.25");
        values.put("flag", true);
        for (String word : List.of("true", "yes", "on", "false", "no", "off")) {
            values.put("bool_" + word, word);
        }
        values.put("bare_number_duration", 250);
        values.put("bare_text_duration", "250");
        values.put("fractional_duration", "1.5s");
        values.put("spaced_duration", "2 h");
        TWO_IN_EVERY_UNIT.keySet().forEach(unit -> values.put("two_" + unit, "2" + unit));
        values.put("two_min", "2min");
        values.put("list", List.of("a", "b"));
        values.put("mixed_list", List.of(1, true, "c"));
        values.put("csv", " a, b ,c ");
        values.put("single", "solo");
        values.put("empty_text", "");
        values.put("number_as_list", 7);
        values.put("empty_list", List.of());
        values.put("nested", Map.of("depth", 2, "deeper", Map.of("leaf", "x")));
        values.put("nothing", null);
        values.put("mode", "single-call");
        values.put("bad_int", "many");
        values.put("bad_double", "lots");
        values.put("bad_bool", "maybe");
        values.put("bad_duration", "soon");
        values.put("bad_mode", "three-call");
        values.put("list_of_sections", List.of(Map.of("a", 1)));
        values.put("two_sections", List.of(Map.of("a", 1), Map.of("a", 2, "b", "x")));
        values.put("list_with_a_scalar", List.of(Map.of("a", 1), "loose"));
        return section(PATH, values);
    }

    @Test
    void stringsReadAnyScalarAsText() {
        ComponentConfig config = fixture();
        assertEquals("qwen", config.getString("name"));
        assertEquals("3", config.getString("count"));
        assertEquals("0.25", config.getString("ratio"));
        assertEquals("true", config.getString("flag"));
        assertEquals("fallback", config.getString("absent", "fallback"));
        assertEquals(PATH, config.path());
    }

    @Test
    void wholeNumbersFromNumbersAndFromText() {
        ComponentConfig config = fixture();
        assertEquals(3, config.getInt("count"));
        assertEquals(3, config.getInt("count_text"));
        assertEquals(-7, config.getInt("negative"));
        assertEquals(4, config.getInt("whole_double"));
        assertEquals(9_000_000_000L, config.getLong("big", 0));
        assertEquals(9_000_000_000L, config.getLong("big_text", 0));
        assertEquals(3L, config.getLong("count", 0));
        assertEquals(11, config.getInt("absent", 11));
        assertEquals(12L, config.getLong("absent", 12));
    }

    @Test
    void aFractionOrAnOutOfRangeValueIsNotAWholeNumber() {
        ComponentConfig config = fixture();
        assertInvalid(config, "fraction", "2.5", () -> config.getInt("fraction"));
        assertInvalid(config, "fraction_text", "2.5", () -> config.getLong("fraction_text", 0));
        assertInvalid(config, "big", "9000000000", () -> config.getInt("big"));
        assertInvalid(config, "bad_int", "many", () -> config.getInt("bad_int"));
        assertInvalid(config, "bad_int", "many", () -> config.getLong("bad_int", 0));
    }

    @Test
    void doublesFromNumbersAndFromText() {
        ComponentConfig config = fixture();
        assertEquals(0.25, config.getDouble("ratio"));
        assertEquals(0.25, config.getDouble("ratio_text"));
        assertEquals(3.0, config.getDouble("count"));
        assertEquals(2.5, config.getDouble("fraction_text"));
        assertEquals(0.5, config.getDouble("absent", 0.5));
        assertInvalid(config, "bad_double", "lots", () -> config.getDouble("bad_double"));
    }

    @Test
    void booleansAcceptTrueYesOnAndFalseNoOff() {
        ComponentConfig config = fixture();
        assertTrue(config.getBoolean("flag", false));
        for (String word : List.of("true", "yes", "on")) {
            assertTrue(config.getBoolean("bool_" + word, false), word);
        }
        for (String word : List.of("false", "no", "off")) {
            assertFalse(config.getBoolean("bool_" + word, true), word);
        }
        assertTrue(config.getBoolean("absent", true));
        assertInvalid(config, "bad_bool", "maybe", () -> config.getBoolean("bad_bool", false));
    }

    @Test
    void durationsInEveryHoconUnit() {
        ComponentConfig config = fixture();
        TWO_IN_EVERY_UNIT.forEach((unit, expected) ->
                assertEquals(expected, config.getDuration("two_" + unit, Duration.ZERO), "2" + unit));
        assertEquals(Duration.ofMillis(250), config.getDuration("bare_number_duration", Duration.ZERO));
        assertEquals(Duration.ofMillis(250), config.getDuration("bare_text_duration", Duration.ZERO));
        assertEquals(Duration.ofMillis(1500), config.getDuration("fractional_duration", Duration.ZERO));
        assertEquals(Duration.ofHours(2), config.getDuration("spaced_duration", Duration.ZERO));
        assertEquals(Duration.ofSeconds(9), config.getDuration("absent", Duration.ofSeconds(9)));
        // "min" is not a HOCON unit (m, minute, minutes are): both implementations refuse it and say which are.
        InvalidConfigException notAUnit = assertInvalid(config, "two_min", "2min",
                () -> config.getDuration("two_min", Duration.ZERO));
        assertTrue(notAUnit.getMessage().contains("2m"), notAUnit.getMessage());
        assertInvalid(config, "bad_duration", "soon", () -> config.getDuration("bad_duration", Duration.ZERO));
    }

    @Test
    void listsFromRealListsAndFromCommaSeparatedText() {
        ComponentConfig config = fixture();
        assertEquals(List.of("a", "b"), config.getStringList("list", List.of()));
        assertEquals(List.of("1", "true", "c"), config.getStringList("mixed_list", List.of()));
        assertEquals(List.of("a", "b", "c"), config.getStringList("csv", List.of()));
        assertEquals(List.of("solo"), config.getStringList("single", List.of()));
        assertEquals(List.of(), config.getStringList("empty_text", List.of("default")));
        assertEquals(List.of("7"), config.getStringList("number_as_list", List.of()));
        assertEquals(List.of(), config.getStringList("empty_list", List.of("default")));
        assertEquals(List.of("d"), config.getStringList("absent", List.of("d")));
        assertInvalid(config, "list_of_sections", "a", () -> config.getStringList("list_of_sections", List.of()));
    }

    @Test
    void sectionsNestWithTheirFullPath() {
        ComponentConfig config = fixture();
        ComponentConfig nested = config.section("nested");
        assertEquals(PATH + ".nested", nested.path());
        assertEquals(2, nested.getInt("depth"));
        assertEquals("x", nested.section("deeper").getString("leaf"));
        assertEquals(PATH + ".nested.deeper", nested.section("deeper").path());
        assertEquals(Set.of("depth", "deeper"), nested.keys());
        ComponentConfig absent = config.section("absent");
        assertEquals(PATH + ".absent", absent.path());
        assertEquals(Set.of(), absent.keys());
        assertFalse(absent.has("anything"));
        assertEquals(5, absent.getInt("anything", 5));
        InvalidConfigException notASection = assertThrows(InvalidConfigException.class, () -> config.section("name"));
        assertEquals(PATH + ".name", notASection.path());
        InvalidConfigException deep = assertThrows(InvalidConfigException.class,
                () -> nested.section("deeper").getInt("leaf"));
        assertEquals(PATH + ".nested.deeper.leaf", deep.path(), "errors in nested sections name the full path");
    }

    @Test
    void listsOfSectionsNameEachElementByIndex() {
        ComponentConfig config = fixture();
        List<ComponentConfig> two = config.getSectionList("two_sections");
        assertEquals(2, two.size());
        assertEquals(PATH + ".two_sections[0]", two.get(0).path());
        assertEquals(1, two.get(0).getInt("a"));
        assertEquals(2, two.get(1).getInt("a"));
        assertEquals("x", two.get(1).getString("b"));
        assertFalse(two.get(0).has("b"));
        InvalidConfigException inElement = assertThrows(InvalidConfigException.class, () -> two.get(1).getInt("b"));
        assertEquals(PATH + ".two_sections[1].b", inElement.path(), "an element's errors name its index");
        assertEquals(List.of(), config.getSectionList("absent"));
        assertEquals(List.of(), config.getSectionList("empty_list"));
        assertInvalid(config, "name", "qwen", () -> config.getSectionList("name"));
        assertInvalid(config, "nested", "deeper", () -> config.getSectionList("nested"));
        InvalidConfigException scalar = assertThrows(InvalidConfigException.class,
                () -> config.getSectionList("list_with_a_scalar"));
        assertEquals(PATH + ".list_with_a_scalar[1]", scalar.path());
        assertTrue(scalar.getMessage().contains("loose"), scalar.getMessage());
    }

    @Test
    void hasMeansSetAndNotNull() {
        ComponentConfig config = fixture();
        assertTrue(config.has("name"));
        assertTrue(config.has("empty_text"));
        assertTrue(config.has("nested"));
        assertFalse(config.has("absent"));
        assertFalse(config.has("nothing"));
        assertEquals("default", config.getString("nothing", "default"));
        assertTrue(config.keys().containsAll(List.of("name", "count", "nested", "list")));
    }

    @Test
    void enumsMatchIgnoringCaseWithDashesForUnderscores() {
        ComponentConfig config = fixture();
        assertEquals(Mode.SINGLE_CALL, config.getEnum(Mode.class, "mode", Mode.TWO_CALL));
        assertEquals(Mode.TWO_CALL, config.getEnum(Mode.class, "absent", Mode.TWO_CALL));
        InvalidConfigException unknown = assertInvalid(config, "bad_mode", "three-call",
                () -> config.getEnum(Mode.class, "bad_mode", Mode.TWO_CALL));
        assertTrue(unknown.getMessage().contains("two-call, single-call"), unknown.getMessage());
    }

    @Test
    void aMissingRequiredKeyNamesItsFullPath() {
        ComponentConfig config = fixture();
        for (Executable read : List.<Executable>of(() -> config.getString("model"), () -> config.getInt("model"),
                () -> config.getDouble("model"), () -> config.getString("nothing"))) {
            InvalidConfigException missing = assertThrows(InvalidConfigException.class, read);
            assertTrue(missing.path().equals(PATH + ".model") || missing.path().equals(PATH + ".nothing"),
                    missing.path());
            assertTrue(missing.getMessage().contains("required"), missing.getMessage());
        }
    }

    @Test
    void aWrongTypeNamesTheFullPathTheOriginAndTheValue() {
        ComponentConfig config = fixture();
        InvalidConfigException listAsString = assertInvalid(config, "list", "a",
                () -> config.getString("list"));
        assertTrue(listAsString.getMessage().contains("list"), listAsString.getMessage());
        assertInvalid(config, "nested", "depth", () -> config.getString("nested"));
        InvalidConfigException custom = config.invalid("count", "must be odd");
        assertEquals(PATH + ".count", custom.path());
        assertEquals(config.origin("count"), custom.origin());
        assertTrue(custom.getMessage().startsWith(PATH + ".count: must be odd"), custom.getMessage());
    }

    /** Asserts the error's path, origin and that the message quotes the bad value. */
    protected static InvalidConfigException assertInvalid(ComponentConfig config, String key, String badValue,
                                                         Executable read) {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, read);
        assertEquals(config.path() + "." + key, e.path());
        assertEquals(config.origin(key), e.origin());
        assertFalse(e.origin() == null || e.origin().isBlank(), "an origin is named");
        assertTrue(e.getMessage().startsWith(config.path() + "." + key + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(badValue), "the message quotes the value: " + e.getMessage());
        assertTrue(e.getMessage().contains("(" + e.origin() + ")"), e.getMessage());
        return e;
    }

    private static Map<String, Duration> durations() {
        Map<String, Duration> units = new LinkedHashMap<>();
        put(units, Duration.ofNanos(2), "ns", "nano", "nanos", "nanosecond", "nanoseconds");
        put(units, Duration.ofNanos(2_000), "us", "micro", "micros", "microsecond", "microseconds");
        put(units, Duration.ofMillis(2), "ms", "milli", "millis", "millisecond", "milliseconds");
        put(units, Duration.ofSeconds(2), "s", "second", "seconds");
        put(units, Duration.ofMinutes(2), "m", "minute", "minutes");
        put(units, Duration.ofHours(2), "h", "hour", "hours");
        put(units, Duration.ofDays(2), "d", "day", "days");
        return units;
    }

    private static void put(Map<String, Duration> units, Duration two, String... spellings) {
        Arrays.stream(spellings).forEach(spelling -> units.put(spelling, two));
    }
}
