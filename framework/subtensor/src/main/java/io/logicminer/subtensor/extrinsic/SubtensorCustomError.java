package io.logicminer.subtensor.extrinsic;

/**
 * Subtensor's transaction-validity custom errors ({@code InvalidTransaction::Custom(n)}): what the node's RPC
 * reports as error 1010 "Invalid Transaction" with data {@code "Custom error: n"} when it refuses a transaction
 * before it enters a block. Numbers from subtensor's {@code common/src/transaction_error.rs}
 * ({@code CustomTransactionError}, opentensor/subtensor 14bc6f9).
 */
public enum SubtensorCustomError {
    COLDKEY_IN_SWAP_SCHEDULE(0, "the coldkey is in a swap schedule (deprecated check)"),
    STAKE_AMOUNT_TOO_LOW(1, "the stake amount is below the minimum"),
    BALANCE_TOO_LOW(2, "the coldkey balance is too low"),
    SUBNET_NOT_EXISTS(3, "the subnet does not exist"),
    HOTKEY_ACCOUNT_DOESNT_EXIST(4, "the hotkey account does not exist"),
    NOT_ENOUGH_STAKE_TO_WITHDRAW(5, "not enough stake to withdraw"),
    RATE_LIMIT_EXCEEDED(6, "transaction rate limit exceeded; wait and retry"),
    INSUFFICIENT_LIQUIDITY(7, "insufficient liquidity in the subnet pool"),
    SLIPPAGE_TOO_HIGH(8, "slippage too high"),
    TRANSFER_DISALLOWED(9, "transfers are disallowed on this subnet"),
    HOTKEY_NOT_REGISTERED_IN_NETWORK(10, "the hotkey is not registered on this subnet: register it first "
        + "(btcli subnet register)"),
    INVALID_IP_ADDRESS(11, "the axon IP address is invalid (0, loopback or out of range for its type): "
        + "publish a public address"),
    SERVING_RATE_LIMIT_EXCEEDED(12, "serving rate limit exceeded: the axon was published too recently; wait for "
        + "the subnet's serving rate limit (in blocks) to pass"),
    INVALID_PORT(13, "the axon port is invalid (0)"),
    ZERO_MAX_AMOUNT(14, "the maximum amount is zero"),
    INVALID_REVEAL_ROUND(15, "invalid reveal round"),
    COMMIT_NOT_FOUND(16, "commit not found"),
    COMMIT_BLOCK_NOT_IN_REVEAL_RANGE(17, "the commit block is not in the reveal range"),
    INPUT_LENGTHS_UNEQUAL(18, "input lengths are unequal"),
    UID_NOT_FOUND(19, "uid not found"),
    EVM_KEY_ASSOCIATE_RATE_LIMIT_EXCEEDED(20, "EVM key association rate limit exceeded"),
    COLDKEY_SWAP_DISPUTED(21, "the coldkey swap is disputed"),
    INVALID_REAL_ACCOUNT(22, "invalid real account (proxy)"),
    FAILED_SHIELDED_TX_PARSING(23, "the shielded transaction could not be parsed"),
    INVALID_SHIELDED_TX_PUB_KEY_HASH(24, "the shielded transaction's public key hash is invalid"),
    NON_ASSOCIATED_COLD_KEY(25, "the coldkey is not associated with this hotkey"),
    DELEGATE_TAKE_TOO_LOW(26, "the delegate take is too low"),
    DELEGATE_TAKE_TOO_HIGH(27, "the delegate take is too high"),
    BAD_REQUEST(255, "bad request");

    private final int code;
    private final String message;

    SubtensorCustomError(int code, String message) {
        this.code = code;
        this.message = message;
    }

    public int code() {
        return code;
    }

    public String message() {
        return message;
    }

    /** The error with this code, or null if subtensor has none. */
    public static SubtensorCustomError of(int code) {
        for (SubtensorCustomError e : values()) {
            if (e.code == code) {
                return e;
            }
        }
        return null;
    }
}
