package io.logicminer.spi.launch;

import org.pf4j.ExtensionPoint;

/**
 * Extension point: describes how to start an inference server (e.g. {@code vllm serve}) for a model on given GPUs.
 * Only named for now; planning and supervising a launch come with the launch-vllm plugin.
 */
public interface LaunchProfile extends ExtensionPoint {

    /** The profile's name, e.g. {@code "vllm-1xh100"}; unique among loaded plugins. */
    String name();

    /** One line for {@code logicminer plugins}. */
    default String description() {
        return name();
    }
}
