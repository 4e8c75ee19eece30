package io.logicminer.bittensor.metagraph;

import static org.junit.jupiter.api.Assertions.*;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticFileMetagraphSourceTest {

    @TempDir
    Path dir;

    @Test
    void readsTheDocumentedFormatAndReloads() throws Exception {
        String hotkey = Sr25519Keypair.fromUri("//V").ss58Address();
        Path file = dir.resolve("metagraph.json");
        Files.writeString(file, "{\"netuid\":35,\"block\":7,\"neurons\":[{\"uid\":0,\"hotkey\":\"" + hotkey
            + "\",\"coldkey\":\"\",\"stake\":20000.0,\"validator_permit\":true,\"active\":true,"
            + "\"axon\":{\"ip\":\"1.2.3.4\",\"port\":8091}}]}");
        StaticFileMetagraphSource source = new StaticFileMetagraphSource(file);
        Neuron neuron = source.current().byHotkey(hotkey);
        assertEquals(20_000.0, neuron.stake());
        assertTrue(neuron.validatorPermit());
        assertEquals(new AxonEndpoint("1.2.3.4", 8091), neuron.axon());
        assertEquals(35, source.current().netuid());

        Files.writeString(file, "{\"netuid\":35,\"neurons\":[{\"uid\":0,\"hotkey\":\"not-ss58\",\"stake\":1}]}");
        MetagraphFileException e = assertThrows(MetagraphFileException.class, source::reload);
        assertTrue(e.getMessage().contains("neurons[0]"), e.getMessage());
        assertNotNull(source.current().byHotkey(hotkey), "a bad file keeps the previous snapshot");
    }

    @Test
    void duplicateHotkeysAreReported() throws Exception {
        String hotkey = Sr25519Keypair.fromUri("//V").ss58Address();
        Path file = dir.resolve("dup.json");
        Files.writeString(file, "{\"neurons\":[{\"uid\":0,\"hotkey\":\"" + hotkey + "\",\"stake\":1},"
            + "{\"uid\":1,\"hotkey\":\"" + hotkey + "\",\"stake\":2}]}");
        MetagraphFileException e = assertThrows(MetagraphFileException.class,
            () -> new StaticFileMetagraphSource(file));
        assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
    }
}
