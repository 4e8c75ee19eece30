package io.logicminer.testkit;

import io.logicminer.spi.ComponentConfig;

import java.util.Map;

/** The testkit's map-backed section keeps the same rules as the host's. */
class MapComponentConfigContractTest extends ComponentConfigContract {

    @Override
    protected ComponentConfig section(String path, Map<String, Object> values) {
        return new MapComponentConfig(path, values);
    }
}
