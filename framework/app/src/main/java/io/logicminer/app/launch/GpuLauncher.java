package io.logicminer.app.launch;

import io.logicminer.core.MinerHost;
import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.launch.GpuDevice;
import io.logicminer.spi.launch.LaunchBackend;
import io.logicminer.spi.launch.LaunchException;
import io.logicminer.spi.launch.LaunchPlan;
import io.logicminer.spi.launch.LaunchProfile;
import io.logicminer.spi.launch.SupervisedServer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The host's side of a launch: the {@code launch.*} settings, the profiles (plugins' and the config's), the backend
 * named by {@code launch.backend}; plans and starts a server and hands it to a {@link LaunchedServer} (metrics, state
 * file). The planning and supervising themselves are the backend's (the launch-vllm plugin's).
 */
public final class GpuLauncher {

    private final MinerHost host;
    private final ComponentConfig launch;
    private final LaunchSettings settings;
    private final LaunchProfiles profiles;

    private GpuLauncher(MinerHost host, ComponentConfig launch, LaunchSettings settings, LaunchProfiles profiles) {
        this.host = host;
        this.launch = launch;
        this.settings = settings;
        this.profiles = profiles;
    }

    /** Reads {@code launch.*} from the host's config; a bad key is an {@link InvalidConfigException}. */
    public static GpuLauncher of(MinerHost host) {
        ComponentConfig launch = host.section(LaunchSettings.SECTION);
        Path dataDirectory = Path.of(host.section("data").getString("dir",
                Path.of(System.getProperty("user.home"), ".logicminer").toString()));
        return new GpuLauncher(host, launch, LaunchSettings.read(launch, dataDirectory),
                LaunchProfiles.of(host.registry().types().launchProfiles(), launch));
    }

    public LaunchSettings settings() {
        return settings;
    }

    public LaunchProfiles profiles() {
        return profiles;
    }

    /** The profile named by {@code --profile}, else by {@code launch.profile}. */
    public LaunchProfile profile(Optional<String> option) {
        if (option.isPresent()) {
            return profiles.get(option.get(), "--profile", "command line");
        }
        if (settings.profile().isBlank()) {
            throw new InvalidConfigException("launch.profile", null, "no profile chosen: pass --profile NAME or set"
                    + " launch.profile; profiles: " + String.join(", ", profiles.all().keySet()));
        }
        return profiles.get(settings.profile(), "launch.profile", launch.origin("profile"));
    }

    /** The backend named by {@code launch.backend}. */
    public LaunchBackend backend() {
        List<LaunchBackend> backends = host.plugins().getExtensions(LaunchBackend.class);
        return backends.stream().filter(b -> b.type().equals(settings.backend())).findFirst()
                .orElseThrow(() -> backends.isEmpty()
                        ? new LaunchException("no launch backend is loaded: the launch-vllm plugin is missing from "
                        + host.plugins().directory().toAbsolutePath() + " (logicminer plugins lists what loaded)")
                        : launch.invalid("backend", "no launch backend '" + settings.backend() + "'; loaded: "
                        + backends.stream().map(LaunchBackend::type).collect(Collectors.joining(", "))));
    }

    /** The GPUs to plan for: {@code assumed} ({@code --assume 2x24GB}) or what nvidia-smi reports. */
    public List<GpuDevice> gpus(Optional<String> assumed) {
        if (assumed.isPresent()) {
            try {
                return AssumedGpus.parse(assumed.get());
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigException("--assume", "command line", e.getMessage());
            }
        }
        return backend().readGpus(settings.nvidiaSmi());
    }

    /** Plans {@code profile} on {@code gpus} with what {@code launch.*} asks. */
    public LaunchPlan plan(LaunchProfile profile, List<GpuDevice> gpus) {
        return backend().plan(profile.name(), profile.model(), gpus, settings.request(profile.name()));
    }

    /** The executable as the printed command should show it. */
    public String displayedExecutable() {
        if (settings.executable().contains("/") || settings.virtualenv().isEmpty()) {
            return settings.executable();
        }
        return settings.virtualenv().get().resolve("bin").resolve(settings.executable()).toString();
    }

    /**
     * Starts the planned server under the backend's supervision, with metrics in the host's registry and a state
     * file for {@code gpu status | down}.
     *
     * @param owner {@code gpu up} or {@code mine}, recorded in the state file
     */
    public LaunchedServer start(LaunchPlan plan, String owner) {
        SupervisedServer server = backend().start(plan, settings.supervisor(plan.profileName()));
        return adopt(server, () -> new LaunchedServer(server, LaunchMetrics.register(host.metrics(), server),
                settings.stateDirectory(), owner, settings.logFile(plan.profileName())));
    }

    /** {@code wrap}'s result; the running {@code server} is stopped when wrapping it fails, so it never leaks. */
    static LaunchedServer adopt(SupervisedServer server, java.util.function.Supplier<LaunchedServer> wrap) {
        try {
            return wrap.get();
        } catch (RuntimeException | Error e) {
            try {
                server.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
