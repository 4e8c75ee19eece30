package io.logicminer.subtensor.chain;

import io.logicminer.bittensor.crypto.Ss58;
import io.logicminer.subtensor.codec.CodecException;
import io.logicminer.subtensor.codec.Values;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns decoded runtime values ({@code NeuronInfoLite}, {@code SubnetState}, {@code AxonInfo}) into this package's
 * records, by field name, so a runtime that adds or reorders fields still reads.
 */
final class SubtensorValues {

    private static final double U16_MAX = 65535.0;

    private SubtensorValues() {
    }

    static NeuronLite neuron(Object value) {
        Map<String, Object> n = Values.map(value);
        BigInteger own = BigInteger.ZERO;
        Object stake = n.get("stake");
        if (stake != null) {
            for (Object entry : Values.list(stake)) {
                List<Object> pair = Values.list(entry);
                own = own.add(Values.bigInt(pair.get(pair.size() - 1)));
            }
        }
        return new NeuronLite(Values.intValue(n.get("uid")), account(n.get("hotkey")), account(n.get("coldkey")),
                Values.bool(n.get("active")), Values.bool(n.get("validator_permit")), axonInfo(n.get("axon_info")),
                own, u16(n, "rank"), u16(n, "trust"), u16(n, "consensus"), u16(n, "incentive"), u16(n, "dividends"),
                Values.bigInt(n.get("emission")), u16(n, "validator_trust"), Values.longValue(n.get("last_update")),
                u16(n, "pruning_score"));
    }

    static AxonInfo axonInfo(Object value) {
        Map<String, Object> a = Values.map(value);
        return new AxonInfo(Values.longValue(a.get("block")), Values.longValue(a.get("version")),
                Values.bigInt(a.get("ip")), Values.intValue(a.get("port")), Values.intValue(a.get("ip_type")),
                Values.intValue(a.get("protocol")), Values.intValue(a.get("placeholder1")),
                Values.intValue(a.get("placeholder2")));
    }

    /** {@code total_stake} of an {@code Option<SubnetState>}; null for None. */
    static List<BigInteger> totalStake(Object optionalState) {
        Object state = Values.optional(optionalState);
        if (state == null) {
            return null;
        }
        List<BigInteger> out = new ArrayList<>();
        for (Object v : Values.list(Values.field(state, "total_stake"))) {
            out.add(Values.bigInt(v));
        }
        return out;
    }

    private static String account(Object value) {
        return Ss58.encode(Values.accountId(value), Ss58.DEFAULT_PREFIX);
    }

    private static double u16(Map<String, Object> n, String key) {
        Object v = n.get(key);
        if (v == null) {
            throw new CodecException("NeuronInfoLite has no field '" + key + "'");
        }
        return Values.intValue(v) / U16_MAX;
    }
}
