package io.logicminer.bittensor.wallet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlatJsonTest {

    private static final String PHRASE = "abandon ability able about above absent absorb abstract absurd abuse access "
            + "accident";
    private static final String SEED = "0x7b5ad8cd0bd3a2fcb0c8c3a5e0f6d2a1c4e3f5a7b9c1d3e5f7a9b1c3d5e7f9a1";
    private static final String PRIVATE_KEY = "0x" + "3f".repeat(64);

    @Test
    void readsAndWritesAFlatObjectInOrderSkippingNulls() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("accountId", "0x12");
        fields.put("privateKey", null);
        fields.put("secretPhrase", "a \"quoted\"\\ line\n\u0001é");
        String json = FlatJson.writeObject(fields);
        assertEquals("{\"accountId\":\"0x12\",\"secretPhrase\":\"a \\\"quoted\\\"\\\\ line\\n\\u0001é\"}", json);
        Map<String, String> back = FlatJson.parseObject(json);
        assertEquals(List.of("accountId", "secretPhrase"), List.copyOf(back.keySet()));
        assertEquals(fields.get("secretPhrase"), back.get("secretPhrase"));
        Map<String, String> mixed = FlatJson.parseObject(" {\"a\": null, \"b\": true, \"c\": 12, \"d\": \"x\"} ");
        assertNull(mixed.get("a"));
        assertTrue(mixed.containsKey("a"));
        assertEquals("true", mixed.get("b"));
        assertEquals("12", mixed.get("c"));
    }

    @Test
    void malformedKeyfilesNameTheLineAndColumnAndNeverTheSecret() {
        List<String> malformed = List.of(
                "{\"secretPhrase\": " + PHRASE.replace(' ', '_') + "}",            // unquoted token
                "{\"secretPhrase\": \"" + PHRASE + "\" \"secretSeed\": \"" + SEED + "\"}", // missing comma
                "{\"privateKey\": \"" + PRIVATE_KEY + "\", \"secretSeed\": \"" + SEED,     // truncated
                "{\"privateKey\": \"" + PRIVATE_KEY + "\"} " + SEED,                // trailing content
                "{\"secretPhrase\": \"" + PHRASE + "\\q\"}",                         // bad escape
                "{\"secretSeed\": \"" + SEED + "\n\"}",                              // raw newline in a string
                "{" + SEED + ": 1}");                                                 // secret as a bare key
        for (String text : malformed) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FlatJson.parseObject(text),
                    text);
            assertTrue(e.getMessage().matches(".* at line \\d+, column \\d+"), e.getMessage());
            assertNoSecret(e);
        }
    }

    @Test
    void nestedValuesAndNonObjectsAreRejectedByName() {
        IllegalArgumentException nested = assertThrows(IllegalArgumentException.class,
                () -> FlatJson.parseObject("{\"secretPhrase\": [\"" + PHRASE + "\"]}"));
        assertEquals("field \"secretPhrase\" holds a nested object or array; keyfile fields are strings, numbers, "
                + "booleans or null", nested.getMessage());
        assertEquals("expected one JSON object, found a JSON string",
                assertThrows(IllegalArgumentException.class, () -> FlatJson.parseObject("\"" + PHRASE + "\""))
                        .getMessage());
        assertEquals("expected one JSON object, found nothing",
                assertThrows(IllegalArgumentException.class, () -> FlatJson.parseObject("  ")).getMessage());
    }

    @Test
    void keyfileErrorsNameThePathAndNeverTheSecret(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hotkey");
        Files.writeString(file, "{\"secretPhrase\": " + PHRASE.replace(' ', '-') + ", \"secretSeed\": \"" + SEED + "\"}");
        KeyfileException e = assertThrows(KeyfileException.class, () -> Keyfile.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON at line 1, column"), e.getMessage());
        assertNoSecret(e);
    }

    private static void assertNoSecret(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String all = trace.toString();
        for (String secret : List.of("abandon", "absurd", SEED.substring(2, 20), "3f3f3f3f")) {
            assertFalse(all.contains(secret), "the error shows a secret: " + all);
        }
    }
}
