package io.logicminer.subtensor.metadata;

/**
 * A transaction extension (a "signed extension" before V16): its identifier ({@code CheckNonce}), the type of its
 * explicit part (carried in the extrinsic) and of its implicit part (only signed: {@code additional_signed}).
 */
public record TransactionExtensionMetadata(String identifier, int type, int implicitType) {
}
