package io.logicminer.spi.launch;

import java.util.List;

/**
 * Extension point: an inference server that can be planned and supervised, e.g. {@code vllm}. The host uses the
 * backend named by {@code launch.backend} for {@code logicminer gpu plan | up} and for {@code mine} with
 * {@code launch.profile} set.
 */
public interface LaunchBackend extends org.pf4j.ExtensionPoint {

    /** The value of {@code launch.backend} that selects this backend, e.g. {@code "vllm"}. */
    String type();

    /** One line for {@code logicminer plugins}. */
    default String description() {
        return type();
    }

    /**
     * Reads the GPUs of this machine.
     *
     * @param nvidiaSmi the {@code nvidia-smi} executable: a name on the {@code PATH} or a path
     * @throws LaunchException when it is missing, fails or prints something unreadable
     */
    List<GpuDevice> readGpus(String nvidiaSmi);

    /**
     * Decides how to serve {@code model} on {@code gpus}. Never throws for a model that does not fit: the plan says
     * why and what would.
     *
     * @param profileName the profile's name, for messages
     */
    LaunchPlan plan(String profileName, ModelSpec model, List<GpuDevice> gpus, LaunchRequest request);

    /**
     * Starts the planned server and supervises it until {@link SupervisedServer#close()}.
     *
     * @throws LaunchException when the plan does not fit or the executable cannot be found
     */
    SupervisedServer start(LaunchPlan plan, SupervisorSettings settings);
}
