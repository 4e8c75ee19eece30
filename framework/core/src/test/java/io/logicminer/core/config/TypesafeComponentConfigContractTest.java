package io.logicminer.core.config;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValueFactory;
import io.logicminer.config.TypesafeComponentConfig;
import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.testkit.ComponentConfigContract;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The host's section type against the {@link ComponentConfig} contract. The fixture is written out as a HOCON file
 * and parsed back, so values arrive as they do from conf/application.conf, with file:line origins.
 */
class TypesafeComponentConfigContractTest extends ComponentConfigContract {

    @Override
    protected ComponentConfig section(String path, Map<String, Object> values) {
        String hocon = ConfigValueFactory.fromMap(Map.of("fixture", values)).render(
                ConfigRenderOptions.defaults().setOriginComments(false).setComments(false).setJson(false));
        var parsed = ConfigFactory.parseString(hocon, ConfigParseOptions.defaults()
                .setOriginDescription("contract.conf")).getConfig("fixture");
        var root = ConfigFactory.empty().withValue(path, parsed.root()).resolve();
        return new TypesafeComponentConfig(root, path);
    }

    @Test
    void originsAreTheFileAndLine() {
        ComponentConfig config = section(PATH, Map.of("n", "x"));
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> config.getInt("n"));
        assertTrue(e.origin().matches("contract\\.conf: ?\\d+"), e.origin());
        assertEquals(config.origin("n"), e.origin());
    }
}
