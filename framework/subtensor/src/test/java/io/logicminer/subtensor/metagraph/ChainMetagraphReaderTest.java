package io.logicminer.subtensor.metagraph;

import io.logicminer.bittensor.metagraph.Neuron;
import io.logicminer.subtensor.chain.AxonInfo;
import io.logicminer.subtensor.chain.InMemorySubtensor;
import io.logicminer.subtensor.serving.AxonAddress;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChainMetagraphReaderTest {

    static final String ALICE = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
    static final String BOB = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";
    static final String CHARLIE = "5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y";

    @Test
    void stakeIsTheSubnetStatesTotalStakeInTao() {
        InMemorySubtensor chain = new InMemorySubtensor();
        AxonAddress ip = AxonAddress.parse("198.51.100.4");
        chain.neurons = List.of(
                InMemorySubtensor.neuron(0, ALICE, BOB, 5_000_000_000L, true,
                        new AxonInfo(900, 9_000_000, ip.ip(), 8091, 4, 4, 0, 0)),
                InMemorySubtensor.neuron(1, CHARLIE, BOB, 7_000_000_000L, false, null));
        chain.totalStake = Optional.of(List.of(new BigInteger("1234500000000"), BigInteger.valueOf(250_000_000)));
        ChainMetagraph read = new ChainMetagraphReader(chain).read(35);
        assertEquals(StakeSource.SUBNET_STATE_TOTAL_STAKE, read.stakeSource());
        assertEquals(1000, read.metagraph().block());
        Neuron alice = read.metagraph().byHotkey(ALICE);
        assertEquals(1234.5, alice.stake(), 1e-9);
        assertEquals("198.51.100.4", alice.axon().ip());
        assertEquals(8091, alice.axon().port());
        assertEquals(BOB, alice.coldkey());
        assertEquals(0.25, read.metagraph().byHotkey(CHARLIE).stake(), 1e-12);
        assertNull(read.metagraph().byHotkey(CHARLIE).axon(), "a neuron that never served has no endpoint");
        assertEquals(1, read.validators());
    }

    @Test
    void withoutTheSubnetStateApiTheNeuronsOwnStakeIsUsed() {
        InMemorySubtensor chain = new InMemorySubtensor();
        chain.neurons = List.of(InMemorySubtensor.neuron(0, ALICE, BOB, 5_000_000_000L, true, null));
        ChainMetagraph read = new ChainMetagraphReader(chain).read(35);
        assertEquals(StakeSource.NEURON_STAKE, read.stakeSource());
        assertEquals(5.0, read.metagraph().byHotkey(ALICE).stake(), 1e-12);
    }
}
