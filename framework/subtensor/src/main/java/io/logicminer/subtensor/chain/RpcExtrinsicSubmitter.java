package io.logicminer.subtensor.chain;

import com.fasterxml.jackson.databind.JsonNode;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.subtensor.extrinsic.DispatchFailure;
import io.logicminer.subtensor.extrinsic.Era;
import io.logicminer.subtensor.extrinsic.ExtrinsicBuilder;
import io.logicminer.subtensor.extrinsic.ExtrinsicEvents;
import io.logicminer.subtensor.extrinsic.SignedExtrinsic;
import io.logicminer.subtensor.extrinsic.TransactionParams;
import io.logicminer.subtensor.extrinsic.TransactionRejections;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import io.logicminer.subtensor.rpc.ExtrinsicStatus;
import io.logicminer.subtensor.rpc.ExtrinsicWatch;
import io.logicminer.subtensor.rpc.H256;
import io.logicminer.subtensor.rpc.JsonRpcErrorException;
import io.logicminer.subtensor.rpc.RpcException;
import io.logicminer.subtensor.rpc.SubstrateRpc;
import io.logicminer.subtensor.extrinsic.SubtensorCustomError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigInteger;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Signs {@code serve_axon} with every transaction extension the metadata lists (codec's {@link ExtrinsicBuilder}),
 * nonce from {@code system_accountNextIndex}, a mortal era of {@value #ERA_PERIOD} blocks born at the finalized head;
 * submits with {@code author_submitAndWatchExtrinsic}, waits for finality, then reads the block's
 * {@code System.Events} for {@code ExtrinsicSuccess} / {@code ExtrinsicFailed}.
 */
public final class RpcExtrinsicSubmitter implements ExtrinsicSubmitter {

    /** Blocks the transaction stays valid for (the SDK's default period is 64 too). */
    static final long ERA_PERIOD = 64;

    private static final Logger LOG = LoggerFactory.getLogger(RpcExtrinsicSubmitter.class);

    private final RpcNode node;

    public RpcExtrinsicSubmitter(RpcNode node) {
        this.node = node;
    }

    @Override
    public ExtrinsicOutcome serveAxon(RuntimeMetadata md, Sr25519Keypair hotkey, ServeAxonCall call, Duration timeout) {
        try {
            io.logicminer.subtensor.extrinsic.ServeAxonCall checked = new io.logicminer.subtensor.extrinsic.ServeAxonCall(
                    call.netuid(), call.version(), call.ip(), call.port(), call.ipType(), call.protocol(),
                    call.placeholder1(), call.placeholder2());
            SubstrateRpc rpc = node.rpc();
            SignedExtrinsic signed = node.call(() -> sign(rpc, md, hotkey, checked));
            return submit(rpc, md, signed, timeout);
        } catch (IllegalArgumentException e) {
            return ExtrinsicOutcome.failed(null, "InvalidArgument", e.getMessage());
        } catch (RpcException e) {
            throw new SubtensorException(e.getMessage(), e);
        }
    }

    private SignedExtrinsic sign(SubstrateRpc rpc, RuntimeMetadata md, Sr25519Keypair hotkey,
                                 io.logicminer.subtensor.extrinsic.ServeAxonCall call) {
        long nonce = rpc.accountNextIndex(hotkey.ss58Address());
        io.logicminer.subtensor.rpc.RuntimeVersion version = rpc.runtimeVersion();
        H256 genesis = rpc.genesisHash();
        long current = rpc.header(rpc.finalizedHead()).number();
        Era era = Era.mortal(ERA_PERIOD, current);
        H256 birth = rpc.blockHash(era.birth(current)).orElseThrow(() -> new SubtensorException("the node has no "
                + "hash for block " + era.birth(current)));
        TransactionParams params = new TransactionParams(genesis.bytes(), version.specVersion(),
                version.transactionVersion(), nonce, BigInteger.ZERO, era, birth.bytes());
        return call.sign(new ExtrinsicBuilder(md), hotkey, params);
    }

    private ExtrinsicOutcome submit(SubstrateRpc rpc, RuntimeMetadata md, SignedExtrinsic signed, Duration timeout) {
        ExtrinsicWatch watch;
        try {
            watch = rpc.submitAndWatchExtrinsic(signed.encoded(),
                    status -> LOG.debug("serve_axon status: {}", status));
        } catch (JsonRpcErrorException e) {
            SubtensorCustomError custom = TransactionRejections.customError(e.dataText());
            String name = custom != null ? custom.name() : "RPC " + e.code();
            return ExtrinsicOutcome.failed(null, name, TransactionRejections.describe(e.code(), e.rpcMessage(),
                    e.dataText()));
        }
        ExtrinsicStatus last;
        try {
            last = watch.outcome().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            watch.unwatch();
            return ExtrinsicOutcome.failed(null, "Timeout", "not finalized within " + timeout.toSeconds()
                    + " s; it may still be included: the next start checks the chain before submitting again");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return ExtrinsicOutcome.failed(null, "ConnectionLost", (cause == null ? e : cause).getMessage()
                    + "; it may still be included: the next start checks the chain before submitting again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExtrinsicOutcome.failed(null, "Interrupted", "interrupted while waiting for finality");
        }
        if (!last.isFinalized() || last.hash().isEmpty()) {
            String kind = last.kind().wireName();
            return ExtrinsicOutcome.failed(null, kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1),
                    "the transaction pool reported '" + kind + "' instead of finality");
        }
        H256 block = last.hash().get();
        int index = extrinsicIndex(rpc, block, signed);
        if (index < 0) {
            return ExtrinsicOutcome.failed(block.hex(), "NotFound", "finalized in block " + block.hex()
                    + " but the block does not hold the extrinsic");
        }
        byte[] events = rpc.storage(ExtrinsicEvents.storageKey(md), block).orElse(null);
        io.logicminer.subtensor.extrinsic.ExtrinsicOutcome outcome = ExtrinsicEvents.outcome(md,
                ExtrinsicEvents.decode(md, events), index);
        if (outcome == null) {
            return ExtrinsicOutcome.failed(block.hex(), "NoEvents", "block " + block.hex() + " has no "
                    + "ExtrinsicSuccess/ExtrinsicFailed for extrinsic " + index);
        }
        if (outcome.success()) {
            return ExtrinsicOutcome.succeeded(block.hex());
        }
        DispatchFailure failure = outcome.failure();
        String name = failure.moduleError() != null ? failure.moduleError().name() : failure.kind();
        return ExtrinsicOutcome.failed(block.hex(), name, failure.message());
    }

    /** The extrinsic's position in the block ({@code chain_getBlock}), which its events' phase names. */
    private static int extrinsicIndex(SubstrateRpc rpc, H256 block, SignedExtrinsic signed) {
        JsonNode result = rpc.client().call("chain_getBlock", List.of(block.hex()));
        JsonNode extrinsics = result.path("block").path("extrinsics");
        String mine = "0x" + HexFormat.of().formatHex(signed.encoded());
        for (int i = 0; i < extrinsics.size(); i++) {
            if (extrinsics.get(i).asText().equalsIgnoreCase(mine)) {
                return i;
            }
        }
        return -1;
    }
}
