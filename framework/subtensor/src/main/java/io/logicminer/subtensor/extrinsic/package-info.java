/**
 * Signed extrinsics built from the runtime metadata ({@link io.logicminer.subtensor.extrinsic.ExtrinsicBuilder},
 * {@link io.logicminer.subtensor.extrinsic.ServeAxonCall}, {@link io.logicminer.subtensor.extrinsic.Era}) and the
 * explanation of their failures: pallet errors from {@code System.Events}
 * ({@link io.logicminer.subtensor.extrinsic.ExtrinsicEvents}) and transaction-pool rejections
 * ({@link io.logicminer.subtensor.extrinsic.TransactionRejections}).
 */
package io.logicminer.subtensor.extrinsic;
