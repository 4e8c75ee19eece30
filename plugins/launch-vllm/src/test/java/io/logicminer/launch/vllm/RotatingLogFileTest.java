package io.logicminer.launch.vllm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RotatingLogFileTest {

    @TempDir
    Path dir;

    @Test
    void rotatesAtTheSizeAndKeepsTheNewestFiles() throws Exception {
        Path log = dir.resolve("logs/vllm.log");
        try (RotatingLogFile file = new RotatingLogFile(log, 1024, 2)) {
            for (char c = 'a'; c <= 'e'; c++) {
                byte[] chunk = String.valueOf(c).repeat(600).getBytes();
                file.write(chunk, 0, chunk.length);
            }
        }
        assertEquals("e".repeat(600), Files.readString(log));
        assertEquals("d".repeat(600), Files.readString(dir.resolve("logs/vllm.log.1")));
        assertEquals("c".repeat(600), Files.readString(dir.resolve("logs/vllm.log.2")));
        assertFalse(Files.exists(dir.resolve("logs/vllm.log.3")));
    }

    @Test
    void appendsToAnExistingLog() throws Exception {
        Path log = dir.resolve("vllm.log");
        Files.writeString(log, "before\n");
        try (RotatingLogFile file = new RotatingLogFile(log, 4096, 1)) {
            file.line("after");
        }
        assertEquals("before\nafter" + System.lineSeparator(), Files.readString(log));
    }

    @Test
    void aRotationThatFailsLeavesTheLogWritable() throws Exception {
        Path log = dir.resolve("vllm.log");
        Files.createDirectories(dir.resolve("vllm.log.1"));
        Files.writeString(dir.resolve("vllm.log.1/in-the-way"), "a directory that is not empty cannot be replaced");
        try (RotatingLogFile file = new RotatingLogFile(log, 1024, 1)) {
            byte[] first = "a".repeat(600).getBytes();
            file.write(first, 0, first.length);
            byte[] second = "b".repeat(600).getBytes();
            assertThrows(IOException.class, () -> file.write(second, 0, second.length), "cannot rotate");
            file.line("still logging");
        }
        assertEquals("a".repeat(600) + "still logging" + System.lineSeparator(), Files.readString(log));
    }
}
