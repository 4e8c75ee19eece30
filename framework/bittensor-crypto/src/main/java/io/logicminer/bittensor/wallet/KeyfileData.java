package io.logicminer.bittensor.wallet;

import io.logicminer.bittensor.crypto.Hex;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a Bittensor keyfile as btcli/btwallet writes them (JSON, hex values {@code 0x}-prefixed):
 * {@code accountId} and {@code publicKey} (the 32-byte public key), {@code privateKey} (the 64-byte
 * expanded secret key {@code key || nonce}), {@code secretPhrase} (the mnemonic), {@code secretSeed}
 * (the 32-byte mini secret) and {@code ss58Address}. Any field may be {@code null}; public-key files
 * ({@code coldkeypub.txt}) hold only the public ones. {@link #toString()} hides the secrets.
 *
 * @param accountId hex, usually equal to {@code publicKey}
 * @param publicKey hex
 * @param privateKey hex (secret)
 * @param secretPhrase mnemonic (secret)
 * @param secretSeed hex (secret)
 * @param ss58Address SS58 address
 */
public record KeyfileData(String accountId, String publicKey, String privateKey, String secretPhrase,
                          String secretSeed, String ss58Address) {

    /** All fields of a keypair created from a mnemonic (what {@code btcli wallet new_hotkey} writes). */
    public static KeyfileData ofMnemonic(String mnemonic, Sr25519Keypair keypair, byte[] miniSecret) {
        String publicHex = Hex.encodePrefixed(keypair.publicKeyBytes());
        return new KeyfileData(publicHex, publicHex, Hex.encodePrefixed(keypair.toExpandedSecret()), mnemonic,
            Hex.encodePrefixed(miniSecret), keypair.ss58Address());
    }

    /** The public fields only (what {@code coldkeypub.txt} and {@code <hotkey>pub.txt} hold). */
    public static KeyfileData ofPublic(Sr25519Keypair keypair) {
        String publicHex = Hex.encodePrefixed(keypair.publicKeyBytes());
        return new KeyfileData(publicHex, publicHex, null, null, null, keypair.ss58Address());
    }

    /** Reads the known fields of a parsed keyfile object; unknown fields are ignored. */
    static KeyfileData fromMap(Map<String, String> fields) {
        return new KeyfileData(fields.get("accountId"), fields.get("publicKey"), fields.get("privateKey"),
            fields.get("secretPhrase"), fields.get("secretSeed"), fields.get("ss58Address"));
    }

    /** The keyfile JSON, compact, fields in btcli's order, {@code null} fields left out. */
    public String toJson() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("accountId", accountId);
        fields.put("publicKey", publicKey);
        fields.put("privateKey", privateKey);
        fields.put("secretPhrase", secretPhrase);
        fields.put("secretSeed", secretSeed);
        fields.put("ss58Address", ss58Address);
        return FlatJson.writeObject(fields);
    }

    /** Whether any secret field is present. */
    public boolean hasSecret() {
        return privateKey != null || secretPhrase != null || secretSeed != null;
    }

    @Override
    public String toString() {
        return "KeyfileData[ss58Address=" + ss58Address + ", publicKey=" + publicKey
            + ", secrets=" + (hasSecret() ? "<hidden>" : "none") + "]";
    }
}
