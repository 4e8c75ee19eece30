package io.logicminer.bittensor.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed Substrate secret URI {@code <phrase>[//hard][/soft]...[///password]}, as
 * {@code sp_core::crypto::SecretUri}: the phrase is a BIP-39 mnemonic or a {@code 0x}-prefixed 32-byte
 * seed (the password is ignored for a seed) and defaults to the well-known development phrase when
 * omitted (so {@code "//Alice"} is Alice's dev key). {@link #toString()} hides the secrets.
 *
 * @param phrase mnemonic or hex seed (secret)
 * @param junctions derivation steps in order
 * @param password BIP-39 password, or {@code null} when none is given (secret)
 */
public record SecretUri(String phrase, List<DeriveJunction> junctions, String password) {

    /** The Substrate development phrase (public; used when a URI has no phrase). */
    public static final String DEV_PHRASE = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";

    private static final Pattern URI = Pattern.compile(
        "^(?<phrase>[\\w ]+)?(?<path>(//?[^/]+)*)(///(?<password>.*))?$",
        Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);
    private static final Pattern JUNCTION = Pattern.compile("/(/?[^/]+)");

    public SecretUri {
        junctions = List.copyOf(junctions);
    }

    /**
     * @throws IllegalArgumentException if the URI does not have the expected shape (the message never
     *     repeats the URI, which holds secrets)
     */
    public static SecretUri parse(String uri) {
        if (uri == null) {
            throw new IllegalArgumentException("secret URI must not be null");
        }
        Matcher m = URI.matcher(uri);
        if (!m.matches()) {
            throw new IllegalArgumentException("malformed secret URI (" + uri.length() + " characters): expected "
                + "'<mnemonic or 0x seed>[//hard][/soft]...[///password]', e.g. '//Alice' or "
                + "'<12 words>//hotkey/0///password'");
        }
        String phrase = m.group("phrase");
        List<DeriveJunction> junctions = new ArrayList<>();
        Matcher j = JUNCTION.matcher(m.group("path"));
        while (j.find()) {
            junctions.add(DeriveJunction.parse(j.group(1)));
        }
        return new SecretUri(phrase == null ? DEV_PHRASE : phrase, junctions, m.group("password"));
    }

    /** The keypair of the phrase or seed before the junctions are applied. */
    Sr25519Keypair rootKeypair() {
        if (phrase.startsWith("0x")) {
            byte[] seed;
            try {
                seed = Hex.decode(phrase);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("secret URI seed is not valid hex: " + e.getMessage());
            }
            if (seed.length != Sr25519.MINI_SECRET_LENGTH) {
                throw new IllegalArgumentException("secret URI seed must be 32 bytes (0x + 64 hex digits), got "
                    + seed.length + " bytes");
            }
            return Sr25519Keypair.fromMiniSecret(seed);
        }
        return Sr25519Keypair.fromMnemonic(phrase, password == null ? "" : password);
    }

    @Override
    public String toString() {
        return "SecretUri[phrase=<hidden>, junctions=" + junctions.size() + ", password="
            + (password == null ? "none" : "<hidden>") + "]";
    }
}
