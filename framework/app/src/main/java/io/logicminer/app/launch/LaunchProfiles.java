package io.logicminer.app.launch;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.launch.LaunchProfile;

import java.util.Map;
import java.util.TreeMap;

/**
 * Every launch profile by name: those plugins bring, then {@code launch.profiles.NAME} sections, which replace a
 * plugin's profile of the same name (so an operator can correct or extend a built-in one without code).
 */
public final class LaunchProfiles {

    private final Map<String, LaunchProfile> byName;

    private LaunchProfiles(Map<String, LaunchProfile> byName) {
        this.byName = byName;
    }

    /** Plugin profiles plus those in {@code launch} (its {@code profiles} section). */
    public static LaunchProfiles of(Map<String, LaunchProfile> fromPlugins, ComponentConfig launch) {
        Map<String, LaunchProfile> all = new TreeMap<>(fromPlugins);
        ComponentConfig profiles = launch.section("profiles");
        for (String name : profiles.keys()) {
            all.put(name, ConfigLaunchProfile.read(name, profiles.section(name)));
        }
        return new LaunchProfiles(all);
    }

    /** All profiles, by name. */
    public Map<String, LaunchProfile> all() {
        return java.util.Collections.unmodifiableMap(byName);
    }

    /**
     * The profile called {@code name}.
     *
     * @param key    the option or config key that named it, for the error
     * @param origin where that was set
     */
    public LaunchProfile get(String name, String key, String origin) {
        LaunchProfile profile = byName.get(name);
        if (profile == null) {
            throw new InvalidConfigException(key, origin, "no launch profile named '" + name + "'; known: "
                    + String.join(", ", byName.keySet()) + " (add one as launch.profiles." + name + " { ... })");
        }
        return profile;
    }
}
