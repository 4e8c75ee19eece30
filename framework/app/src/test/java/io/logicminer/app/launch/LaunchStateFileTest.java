package io.logicminer.app.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchStateFileTest {

    @TempDir
    Path dir;

    private static LaunchStateFile state(long supervisorPid) {
        return new LaunchStateFile("p", "gpu up", supervisorPid, "2026-01-01T00:00:00Z", 0, "READY", 0,
                "http://127.0.0.1:8000/v1", "m", "p.log", "vllm serve m", "2026-01-01T00:00:00Z");
    }

    @Test
    void writtenStateReadsBackAndLeavesNoTemporaryFile() throws Exception {
        state(42).write(dir);
        assertEquals(state(42), LaunchStateFile.read(dir, "p").orElseThrow());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("p.json")), files.toList());
        }
    }

    @Test
    void aTruncatedOrEmptyFileIsNoState() throws Exception {
        state(42).write(dir);
        String whole = Files.readString(LaunchStateFile.path(dir, "p"));
        Files.writeString(LaunchStateFile.path(dir, "p"), whole.substring(0, whole.length() / 2));
        assertTrue(LaunchStateFile.read(dir, "p").isEmpty(), "half a file is no state, not an error");
        Files.writeString(LaunchStateFile.path(dir, "p"), "");
        assertTrue(LaunchStateFile.read(dir, "p").isEmpty());
        assertTrue(LaunchStateFile.read(dir, "absent").isEmpty());
    }

    @Test
    void onlyTheProcessTheFileNamesDeletesIt() throws Exception {
        long self = ProcessHandle.current().pid();
        state(self + 1).write(dir);
        assertFalse(LaunchStateFile.deleteIfSupervisedBy(dir, "p", self), "another supervisor's file is kept");
        assertTrue(Files.exists(LaunchStateFile.path(dir, "p")));
        state(self).write(dir);
        assertTrue(LaunchStateFile.deleteIfSupervisedBy(dir, "p", self));
        assertFalse(Files.exists(LaunchStateFile.path(dir, "p")));
        assertFalse(LaunchStateFile.deleteIfSupervisedBy(dir, "p", self), "nothing left to delete");
    }
}
