package io.logicminer.config;

import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigValue;

import java.net.URL;

/** Renders where a config value came from as {@code file:line}, or the override that set it. */
public final class ConfigOrigins {

    private ConfigOrigins() {
    }

    /** {@code conf/application.conf:12}, {@code command line --miner.solver}, {@code reference.conf (core):40}. */
    public static String describe(ConfigValue value) {
        return value == null ? "not set anywhere" : describe(value.origin());
    }

    /** See {@link #describe(ConfigValue)}. */
    public static String describe(ConfigOrigin origin) {
        if (origin == null) {
            return "unknown origin";
        }
        String where;
        if (origin.filename() != null) {
            where = origin.filename();
        } else if (origin.url() != null) {
            where = shortUrl(origin.url());
        } else {
            where = origin.description();
            int merged = where.indexOf(" @ ");
            if (where.startsWith("merge of ")) {
                where = where.substring("merge of ".length());
                int comma = where.indexOf(',');
                if (comma > 0) {
                    where = where.substring(0, comma);
                }
            } else if (merged > 0) {
                where = where.substring(0, merged);
            }
            return where;
        }
        return origin.lineNumber() > 0 ? where + ":" + origin.lineNumber() : where;
    }

    private static String shortUrl(URL url) {
        String text = url.toString();
        int bang = text.lastIndexOf("!/");
        if (bang >= 0) {
            String jar = text.substring(0, bang);
            String jarName = jar.substring(jar.lastIndexOf('/') + 1);
            return text.substring(bang + 2) + " in " + jarName;
        }
        return text.startsWith("file:") ? text.substring("file:".length()) : text;
    }
}
