package io.logicminer.config;

import com.typesafe.config.ConfigFactory;
import io.logicminer.spi.InvalidConfigException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypesafeComponentConfigTest {

    enum Mode { TWO_CALL, SINGLE_CALL }

    private final TypesafeComponentConfig section = new TypesafeComponentConfig(ConfigFactory.parseString("""
            solvers.s {
              mode = single-call
              retries = "3"
              ratio = 0.5
              wait = 250ms
              stop = ["a", "b"]
              stop_csv = "x, y"
              flag = yes
              nested { depth = 2 }
              bad_int = many
            }
            """, com.typesafe.config.ConfigParseOptions.defaults().setOriginDescription("app.conf")).resolve(),
            "solvers.s");

    @Test
    void readsTypedValuesAcceptingStringsFromTheCommandLine() {
        assertEquals(Mode.SINGLE_CALL, section.getEnum(Mode.class, "mode", Mode.TWO_CALL));
        assertEquals(3, section.getInt("retries"));
        assertEquals(0.5, section.getDouble("ratio"));
        assertEquals(Duration.ofMillis(250), section.getDuration("wait", Duration.ZERO));
        assertEquals(List.of("a", "b"), section.getStringList("stop", List.of()));
        assertEquals(List.of("x", "y"), section.getStringList("stop_csv", List.of()));
        assertTrue(section.getBoolean("flag", false));
        assertEquals(2, section.section("nested").getInt("depth"));
        assertEquals("solvers.s.nested", section.section("nested").path());
        assertEquals(7, section.getInt("absent", 7));
        assertFalse(section.has("absent"));
    }

    @Test
    void errorsNameTheFullPathTheOriginAndWhatWasExpected() {
        InvalidConfigException wrong = assertThrows(InvalidConfigException.class, () -> section.getInt("bad_int"));
        assertEquals("solvers.s.bad_int", wrong.path());
        assertTrue(wrong.getMessage().contains("'many'") && wrong.getMessage().contains("whole number"),
                wrong.getMessage());
        assertTrue(wrong.origin().startsWith("app.conf"), wrong.origin());
        InvalidConfigException badEnum = assertThrows(InvalidConfigException.class,
                () -> new TypesafeComponentConfig(ConfigFactory.parseString("s.mode = three-call"), "s")
                        .getEnum(Mode.class, "mode", Mode.TWO_CALL));
        assertTrue(badEnum.getMessage().contains("two-call, single-call"), badEnum.getMessage());
        InvalidConfigException missing = assertThrows(InvalidConfigException.class, () -> section.getString("model"));
        assertTrue(missing.getMessage().contains("required"), missing.getMessage());
    }
}
