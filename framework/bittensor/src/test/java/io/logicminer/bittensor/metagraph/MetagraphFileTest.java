package io.logicminer.bittensor.metagraph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetagraphFileTest {

    @TempDir
    Path dir;

    @Test
    void writesWhatTheStaticReaderReadsBackAndLeavesNoTempFile() throws Exception {
        Metagraph metagraph = new Metagraph(35, 4_321_000, List.of(
                new Neuron(0, "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
                        "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty", 20_000.5, true, true,
                        new AxonEndpoint("2001:db8::7", 8091)),
                new Neuron(3, "5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y", "", 0.25, false, false, null)));
        Path file = dir.resolve("sub/metagraph-35.json");
        MetagraphFile.write(file, metagraph);
        MetagraphFile.write(file, metagraph); // replacing an existing file
        Metagraph read = StaticFileMetagraphSource.read(file);
        assertEquals(35, read.netuid());
        assertEquals(4_321_000, read.block());
        assertEquals(metagraph.neurons(), read.neurons());
        assertNull(read.byHotkey("5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y").axon());
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temp file left behind");
        }
    }

    @Test
    void anUnwritableTargetIsAnErrorNamingTheFile() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "x");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> MetagraphFile.write(blocker.resolve("metagraph-35.json"), new Metagraph(35, 0, List.of())));
        assertTrue(e.getMessage().contains("metagraph-35.json"), e.getMessage());
    }
}
