package io.logicminer.evaluation.embedding;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MiniLmEmbedderTest {

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
            assertEquals(0.6660, embedder.similarity(weather, sunny), 0.0015);
            assertEquals(0.1046, embedder.similarity(weather, stadium), 0.0015);
            assertEquals(0.1411, embedder.similarity(sunny, stadium), 0.0015);
            assertEquals(1.0, embedder.similarity(weather, weather), 1e-5);
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
            assertTrue(embedder.similarity("2x = 4 so x = 2", "Dividing both sides by two gives x = 2")
                    > embedder.similarity("2x = 4 so x = 2", "The capital of France is Paris"));
        }
    }
}
