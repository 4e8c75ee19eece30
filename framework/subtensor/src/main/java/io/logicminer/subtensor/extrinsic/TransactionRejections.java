package io.logicminer.subtensor.extrinsic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the JSON-RPC error of a refused {@code author_submitExtrinsic} into a sentence. The node answers code 1010
 * ("Invalid Transaction") or 1011 ("Unknown Transaction") with a data string: {@code "Custom error: N"} for runtime
 * custom errors (subtensor's {@link SubtensorCustomError}), else the text of Substrate's
 * {@code InvalidTransaction}/{@code UnknownTransaction} ("Transaction is outdated", "Inability to pay some fees"...).
 */
public final class TransactionRejections {

    /** JSON-RPC code of an invalid transaction (sc-rpc {@code POOL_INVALID_TX}). */
    public static final int INVALID_TRANSACTION = 1010;
    /** JSON-RPC code of an unknown-validity transaction (sc-rpc {@code POOL_UNKNOWN_VALIDITY}). */
    public static final int UNKNOWN_TRANSACTION = 1011;

    private static final Pattern CUSTOM = Pattern.compile("Custom error: (\\d+)");

    private TransactionRejections() {
    }

    /** The subtensor custom error in {@code data}, or null if it holds none (or an unknown number). */
    public static SubtensorCustomError customError(String data) {
        if (data == null) {
            return null;
        }
        Matcher m = CUSTOM.matcher(data);
        if (!m.find()) {
            return null;
        }
        try {
            return SubtensorCustomError.of(Integer.parseInt(m.group(1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A readable message for the RPC error {@code code}/{@code message}/{@code data}. */
    public static String describe(int code, String message, String data) {
        String base = "transaction refused by the node (RPC " + code + " " + (message == null ? "" : message) + ")";
        SubtensorCustomError custom = customError(data);
        if (custom != null) {
            return base + ": subtensor " + custom.name() + " (custom error " + custom.code() + "): "
                + custom.message();
        }
        if (data != null && CUSTOM.matcher(data).find()) {
            return base + ": " + data + " (not a custom error this logicminer knows; see subtensor's "
                + "CustomTransactionError)";
        }
        if (data != null && !data.isBlank()) {
            String hint = hint(data);
            return base + ": " + data + (hint.isEmpty() ? "" : " (" + hint + ")");
        }
        return base;
    }

    private static String hint(String data) {
        String d = data.toLowerCase(java.util.Locale.ROOT);
        if (d.contains("bad signature")) {
            return "the signed payload does not match the chain's: check genesis hash, spec/transaction version "
                + "and metadata";
        }
        if (d.contains("outdated") || d.contains("stale")) {
            return "the nonce was already used or the era expired: re-read the nonce and the best block";
        }
        if (d.contains("future")) {
            return "the nonce is ahead of the account's next nonce";
        }
        if (d.contains("pay some fees") || d.contains("payment")) {
            return "the account cannot pay the transaction fee";
        }
        if (d.contains("ancient birth block")) {
            return "the era's birth block is too old or unknown: use a recent block for the era";
        }
        return "";
    }
}
