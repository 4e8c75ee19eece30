package io.logicminer.spi.launch;

import org.pf4j.ExtensionPoint;

/**
 * Extension point: a named model to serve on GPUs, e.g. {@code qwen2-7b-instruct}. The launch-vllm plugin brings
 * profiles for the models the reference miner lists; a plugin adds more by implementing this interface, an
 * operator by writing a {@code launch.profiles.NAME { ... }} section (same fields as {@link ModelSpec}).
 *
 * <p>A profile only describes the model: what fits on which GPUs is decided by a {@link LaunchBackend}'s planner
 * from the GPUs it finds and the operator's {@link LaunchRequest}.
 */
public interface LaunchProfile extends ExtensionPoint {

    /** The profile's name, e.g. {@code "qwen2-7b-instruct"}; unique among loaded plugins and config sections. */
    String name();

    /** One line for {@code logicminer plugins} and {@code logicminer gpu plan}. */
    default String description() {
        return name() + ": " + model().modelId();
    }

    /** The model and the facts that size it. */
    ModelSpec model();
}
