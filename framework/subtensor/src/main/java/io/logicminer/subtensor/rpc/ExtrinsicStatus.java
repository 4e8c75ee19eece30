package io.logicminer.subtensor.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code author_extrinsicUpdate} notification: the transaction pool's status of a submitted extrinsic, as Substrate
 * serialises it: a string for the states without data ({@code "future"}, {@code "ready"}, {@code "dropped"},
 * {@code "invalid"}) and a single-key object otherwise ({@code {"broadcast":[peer ids]}}, {@code {"inBlock":hash}},
 * {@code {"retracted":hash}}, {@code {"finalityTimeout":hash}}, {@code {"finalized":hash}},
 * {@code {"usurped":extrinsic hash}}).
 *
 * @param hash the block hash (inBlock, retracted, finalityTimeout, finalized) or the hash of the extrinsic that
 *     replaced this one (usurped); empty otherwise
 * @param peers the peers it was broadcast to (broadcast only)
 */
public record ExtrinsicStatus(Kind kind, Optional<H256> hash, List<String> peers) {

    public enum Kind {
        FUTURE("future", false),
        READY("ready", false),
        BROADCAST("broadcast", false),
        IN_BLOCK("inBlock", false),
        RETRACTED("retracted", false),
        FINALITY_TIMEOUT("finalityTimeout", true),
        FINALIZED("finalized", true),
        USURPED("usurped", true),
        DROPPED("dropped", true),
        INVALID("invalid", true);

        private final String wireName;
        private final boolean terminal;

        Kind(String wireName, boolean terminal) {
            this.wireName = wireName;
            this.terminal = terminal;
        }

        /** The name on the wire, e.g. "inBlock". */
        public String wireName() {
            return wireName;
        }

        static Kind fromWire(String name) {
            for (Kind kind : values()) {
                if (kind.wireName.equals(name)) {
                    return kind;
                }
            }
            throw new RpcException("unknown extrinsic status \"" + name + "\"; known: future, ready, broadcast,"
                    + " inBlock, retracted, finalityTimeout, finalized, usurped, dropped, invalid");
        }
    }

    public ExtrinsicStatus {
        peers = List.copyOf(peers);
    }

    /** The node ends the watch after this status: nothing more will come. */
    public boolean isTerminal() {
        return kind.terminal;
    }

    /** True only for {@link Kind#FINALIZED}. */
    public boolean isFinalized() {
        return kind == Kind.FINALIZED;
    }

    public static ExtrinsicStatus fromJson(JsonNode json) {
        if (json != null && json.isTextual()) {
            Kind kind = Kind.fromWire(json.asText());
            if (kind == Kind.BROADCAST || kind == Kind.IN_BLOCK || kind == Kind.RETRACTED
                    || kind == Kind.FINALITY_TIMEOUT || kind == Kind.FINALIZED || kind == Kind.USURPED) {
                throw new RpcException("extrinsic status \"" + json.asText() + "\" must carry a value, got a bare"
                        + " string");
            }
            return new ExtrinsicStatus(kind, Optional.empty(), List.of());
        }
        if (json != null && json.isObject() && json.size() == 1) {
            String name = json.fieldNames().next();
            Kind kind = Kind.fromWire(name);
            JsonNode value = json.get(name);
            if (kind == Kind.BROADCAST) {
                List<String> peers = new ArrayList<>();
                value.forEach(peer -> peers.add(peer.asText()));
                return new ExtrinsicStatus(kind, Optional.empty(), peers);
            }
            if (value.isTextual()) {
                try {
                    return new ExtrinsicStatus(kind, Optional.of(new H256(value.asText())), List.of());
                } catch (IllegalArgumentException e) {
                    throw new RpcException("extrinsic status " + name + " carries no 32-byte hash: " + value, e);
                }
            }
            if (value.isNull()) {
                return new ExtrinsicStatus(kind, Optional.empty(), List.of());
            }
            throw new RpcException("extrinsic status " + name + " carries an unexpected value: " + value);
        }
        throw new RpcException("not an extrinsic status (a string or a single-key object): " + json);
    }

    @Override
    public String toString() {
        return kind.wireName + hash.map(h -> "(" + h + ")").orElse(peers.isEmpty() ? "" : peers.toString());
    }
}
