package io.logicminer.launch.vllm;

import io.logicminer.spi.launch.GpuDevice;
import io.logicminer.spi.launch.LaunchBackend;
import io.logicminer.spi.launch.LaunchPlan;
import io.logicminer.spi.launch.LaunchRequest;
import io.logicminer.spi.launch.ModelSpec;
import io.logicminer.spi.launch.SupervisedServer;
import io.logicminer.spi.launch.SupervisorSettings;
import org.pf4j.Extension;

import java.time.Clock;
import java.util.List;

/** Launch backend {@code vllm}: reads the GPUs with nvidia-smi, plans {@code vllm serve}, supervises it. */
@Extension
public final class VllmBackend implements LaunchBackend {

    /** The executable the plan's command starts with; the supervisor resolves the configured one. */
    static final String EXECUTABLE = "vllm";

    @Override
    public String type() {
        return "vllm";
    }

    @Override
    public String description() {
        return "vllm: plan and supervise vllm serve (OpenAI-compatible server)";
    }

    @Override
    public List<GpuDevice> readGpus(String nvidiaSmi) {
        return NvidiaSmi.read(nvidiaSmi);
    }

    @Override
    public LaunchPlan plan(String profileName, ModelSpec model, List<GpuDevice> gpus, LaunchRequest request) {
        return VllmPlanner.plan(profileName, model, gpus, request, EXECUTABLE);
    }

    @Override
    public SupervisedServer start(LaunchPlan plan, SupervisorSettings settings) {
        return VllmSupervisor.start(plan, settings, Clock.systemUTC());
    }
}
