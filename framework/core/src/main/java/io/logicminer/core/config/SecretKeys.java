package io.logicminer.core.config;

import java.util.Locale;

/** Decides which config values are secrets and masks them for every printout. */
public final class SecretKeys {

    private SecretKeys() {
    }

    /** True for keys such as {@code api_key}, {@code password}, {@code secret_phrase}, {@code auth_token}. */
    public static boolean isSecret(String path) {
        String leaf = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT).replace('-', '_');
        return leaf.contains("api_key") || leaf.contains("apikey") || leaf.contains("password")
                || leaf.contains("secret") || leaf.endsWith("token") || leaf.equals("authorization")
                || leaf.contains("mnemonic") || leaf.contains("private_key");
    }

    /** {@code ****abcd}: enough to tell two keys apart, never enough to use one. Empty stays empty. */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return value.length() <= 8 ? "****" : "****" + value.substring(value.length() - 4);
    }
}
