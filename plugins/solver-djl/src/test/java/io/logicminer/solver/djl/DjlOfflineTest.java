package io.logicminer.solver.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DJL's usage report and downloads are switched off unless the operator decided otherwise. */
class DjlOfflineTest {

    private String tracking;
    private String offline;

    @BeforeEach
    void save() {
        tracking = System.getProperty(DjlOffline.OPT_OUT_TRACKING);
        offline = System.getProperty(DjlOffline.OFFLINE);
    }

    @AfterEach
    void restore() {
        restore(DjlOffline.OPT_OUT_TRACKING, tracking);
        restore(DjlOffline.OFFLINE, offline);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void setsBothPropertiesWhenUnset() {
        System.clearProperty(DjlOffline.OPT_OUT_TRACKING);
        System.clearProperty(DjlOffline.OFFLINE);
        DjlOffline.optOut();
        assertEquals("true", System.getProperty(DjlOffline.OPT_OUT_TRACKING));
        assertEquals("true", System.getProperty(DjlOffline.OFFLINE));
    }

    @Test
    void keepsWhatTheOperatorSet() {
        System.setProperty(DjlOffline.OPT_OUT_TRACKING, "false");
        System.setProperty(DjlOffline.OFFLINE, "false");
        DjlOffline.optOut();
        assertEquals("false", System.getProperty(DjlOffline.OPT_OUT_TRACKING));
        assertEquals("false", System.getProperty(DjlOffline.OFFLINE));
    }
}
