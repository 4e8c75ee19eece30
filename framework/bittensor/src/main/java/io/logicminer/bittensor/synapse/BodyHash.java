package io.logicminer.bittensor.synapse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code computed_body_hash} as the Bittensor SDK's {@code Synapse.body_hash}: for each name in the kind's {@code
 * required_hash_fields}, the SHA3-256 hex of Python's {@code str()} of the field's value; then the SHA3-256 hex of
 * those hex strings concatenated. A kind with no required hash fields (LogicNet's {@code LogicSynapse} and {@code
 * Information} declare none) hashes the empty string, so its hash is the constant {@link #EMPTY}.
 */
public final class BodyHash {

    /** SHA3-256 of the empty string: the body hash of every synapse without required hash fields. */
    public static final String EMPTY = "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a";

    private BodyHash() {
    }

    /** The body hash of {@code synapse}. */
    public static String of(Synapse synapse) {
        if (synapse.kind().requiredHashFields().isEmpty()) {
            return EMPTY;
        }
        StringBuilder joined = new StringBuilder();
        for (String field : synapse.kind().requiredHashFields()) {
            String text = switch (field) {
                case "name" -> synapse.name() == null ? "None" : synapse.name();
                case "timeout" -> synapse.timeout() == null ? "None" : SynapseJson.timeoutText(synapse);
                default -> PythonStr.of(synapse.fields().get(field));
            };
            joined.append(sha3Hex(text));
        }
        return sha3Hex(joined.toString());
    }

    /** Lower-case hex SHA3-256 of the UTF-8 bytes of {@code text} (the SDK's {@code get_hash}). */
    public static String sha3Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA3-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA3-256 (required since Java 9)", e);
        }
    }
}
