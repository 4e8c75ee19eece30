package io.logicminer.app.launch;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.launch.LaunchPlan;

import java.util.List;

/**
 * Whether the chat model named {@code default} will talk to the server {@code launch.profile} starts: {@code mine}
 * points {@code miner.llm_client} at it, but an endpoint pool ({@code endpoints}) or an explicit
 * {@code models.default.base_url} / {@code model} in the config would leave the launched server unused, silently.
 */
public final class LaunchedModelCheck {

    static final String MODEL = "models.default";

    private LaunchedModelCheck() {
    }

    /**
     * Throws an {@link InvalidConfigException} naming the key that keeps {@code models.default} away from the
     * planned server; does nothing when there is no {@code models.default} (no chat-model plugin loaded).
     */
    public static void requireDefaultModelUses(Config config, LaunchPlan plan) {
        if (!config.hasPath(MODEL)) {
            return;
        }
        String launched = normalized(plan.baseUrl());
        String profile = "the server launch.profile = " + plan.profileName() + " starts at " + plan.baseUrl();
        if (config.hasPath(MODEL + ".endpoints")) {
            String key = inherited(config, "endpoints");
            List<? extends ConfigObject> endpoints = config.getObjectList(MODEL + ".endpoints");
            boolean includesLaunched = endpoints.stream().map(e -> e.get("base_url"))
                    .anyMatch(v -> v != null && launched.equals(normalized(String.valueOf(v.unwrapped()))));
            if (!includesLaunched) {
                throw new InvalidConfigException(key, origin(config.getValue(MODEL + ".endpoints")),
                        "the chat model 'default' uses this endpoint pool, which does not include " + profile
                                + "; remove " + key + " (launch.profile then sets the base_url), add { base_url = \""
                                + plan.baseUrl() + "\" } to it, or drop launch.profile and start the server with"
                                + " `logicminer gpu up`");
            }
        } else if (config.hasPath(MODEL + ".base_url")
                && !launched.equals(normalized(config.getString(MODEL + ".base_url")))) {
            String key = inherited(config, "base_url");
            throw new InvalidConfigException(key, origin(config.getValue(MODEL + ".base_url")),
                    "is " + config.getString(MODEL + ".base_url") + ", not " + profile + "; remove " + key
                            + " from the config (launch.profile then points the chat model 'default' at the server)"
                            + " or set it to " + plan.baseUrl());
        }
        if (config.hasPath(MODEL + ".model") && !config.getString(MODEL + ".model").equals(plan.servedModelName())) {
            String key = inherited(config, "model");
            throw new InvalidConfigException(key, origin(config.getValue(MODEL + ".model")),
                    "is " + config.getString(MODEL + ".model") + ", but " + profile + " serves it as '"
                            + plan.servedModelName() + "'; remove " + key + " from the config or set it to '"
                            + plan.servedModelName() + "' (launch.served_model_name names the served model)");
        }
    }

    /** {@code miner.llm_client.KEY} when {@code models.default} inherits the value from there, else its own key. */
    private static String inherited(Config config, String key) {
        String client = "miner.llm_client." + key;
        if (config.hasPath(client) && config.getValue(client).unwrapped().equals(config.getValue(MODEL + "." + key)
                .unwrapped())) {
            return client;
        }
        return MODEL + "." + key;
    }

    private static String origin(ConfigValue value) {
        return value.origin() == null ? null : value.origin().description();
    }

    private static String normalized(String url) {
        String trimmed = url.strip();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
