package io.logicminer.similarity.minilm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MiniLmEmbedderTest {

    private static double similarity(MiniLmEmbedder embedder, String a, String b) {
        float[] x = embedder.embed(a);
        float[] y = embedder.embed(b);
        double dot = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i]; // unit vectors: the dot product is the cosine
        }
        return dot;
    }

    @Test
    void theTypeIsFoundThroughPf4jsExtensionIndex() throws Exception {
        // this module's own index, not the first one on the test class path
        java.net.URL classes = MiniLmEmbedderType.class.getProtectionDomain().getCodeSource().getLocation();
        try (var index = classes.toURI().resolve("META-INF/extensions.idx").toURL().openStream()) {
            assertTrue(new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains(MiniLmEmbedderType.class.getName()));
        }
        assertEquals("minilm", new MiniLmEmbedderType().type());
    }

    @Test
    void batchedEmbeddingsEqualSingleOnes() {
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            var batch = embedder.embedAll(java.util.List.of("2x = 4 so x = 2", "The capital of France is Paris"));
            assertEquals(2, batch.size());
            org.junit.jupiter.api.Assertions.assertArrayEquals(embedder.embed("The capital of France is Paris"),
                    batch.get(1), 1e-4f);
        }
    }

    /**
     * The sentence-transformers quick-start (README / docs, model all-MiniLM-L6-v2) prints these similarities:
     * [[1.0000, 0.6660, 0.1046], [0.6660, 1.0000, 0.1411], [0.1046, 0.1411, 1.0000]].
     */
    @Test
    void matchesTheSimilaritiesSentenceTransformersPublishes() {
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            String weather = "The weather is lovely today.";
            String sunny = "It's so sunny outside!";
            String stadium = "He drove to the stadium.";
            assertEquals(384, embedder.embed(weather).length);
            assertEquals(0.6660, similarity(embedder, weather, sunny), 0.0015);
            assertEquals(0.1046, similarity(embedder, weather, stadium), 0.0015);
            assertEquals(0.1411, similarity(embedder, sunny, stadium), 0.0015);
            assertEquals(1.0, similarity(embedder, weather, weather), 1e-5);
        }
    }

    @Test
    void vectorsAreUnitLength() {
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            float[] v = embedder.embed("Subtract 1 from both sides: 2x = 4, so x = 2.");
            double norm = 0;
            for (float f : v) {
                norm += f * f;
            }
            assertEquals(1.0, Math.sqrt(norm), 1e-4);
            assertTrue(similarity(embedder, "2x = 4 so x = 2", "Dividing both sides by two gives x = 2")
                    > similarity(embedder, "2x = 4 so x = 2", "The capital of France is Paris"));
        }
    }
}
