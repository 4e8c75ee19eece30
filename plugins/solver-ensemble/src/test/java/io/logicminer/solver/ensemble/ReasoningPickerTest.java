package io.logicminer.solver.ensemble;

import io.logicminer.spi.embedding.SentenceEmbedder;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reasoning pick's bounds: text length, candidate count, the time left, broken vectors. */
class ReasoningPickerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T00:00:00Z"), ZoneOffset.UTC);
    private static final Instant LATER = CLOCK.instant().plusSeconds(1);

    private static Ballot ballot(long order, String reasoning) {
        return new Ballot("model default", order, 1, reasoning, Optional.of("7"), true);
    }

    @Test
    void embedsAtMostTheFirst1500CharactersOfAtMost16Candidates() {
        RecordingEmbedder embedder = new RecordingEmbedder(text -> new float[] {1, text.length() % 7});
        List<Ballot> ballots = IntStream.range(0, 40).mapToObj(i -> ballot(39 - i, "x".repeat(10_000 + i))).toList();
        ReasoningPicker.Pick pick = new ReasoningPicker(Optional.of(embedder)).pick(ballots, LATER, CLOCK);
        assertEquals(ReasoningPicker.Method.CENTROID, pick.method());
        assertEquals(16, embedder.texts.size());
        assertTrue(embedder.texts.stream().allMatch(t -> t.length() == 1_500), "each text cut to 1,500 characters");
        assertTrue(pick.ballot().order() < 16, "picked among the first 16 in member order, got " + pick.ballot().order());
    }

    @Test
    void afterItsTimeTheShortestIsReturnedWithoutEmbedding() {
        RecordingEmbedder embedder = new RecordingEmbedder(text -> new float[] {1, 0});
        ReasoningPicker.Pick pick = new ReasoningPicker(Optional.of(embedder))
                .pick(List.of(ballot(0, "a longer reasoning"), ballot(1, "short")), CLOCK.instant(), CLOCK);
        assertEquals(ReasoningPicker.Method.SHORTEST, pick.method());
        assertEquals("short", pick.ballot().reasoning());
        assertTrue(embedder.texts.isEmpty(), "nothing embedded");
    }

    @Test
    void candidatesWithoutAFiniteScoreArePassedOver() {
        // A NaN vector neither moves the centroid nor wins; the two good ones tie and the shorter wins.
        RecordingEmbedder oneNaN = new RecordingEmbedder(text -> text.startsWith("bad")
                ? new float[] {Float.NaN, 1} : new float[] {1, 0});
        ReasoningPicker.Pick pick = new ReasoningPicker(Optional.of(oneNaN))
                .pick(List.of(ballot(0, "bad"), ballot(1, "good two, longer"), ballot(2, "good one")), LATER, CLOCK);
        assertEquals(ReasoningPicker.Method.CENTROID, pick.method());
        assertEquals("good one", pick.ballot().reasoning());

        // Nothing finite at all: no crash, the first candidate.
        ReasoningPicker.Pick none = new ReasoningPicker(Optional.of(new RecordingEmbedder(
                text -> new float[] {Float.NaN, Float.NaN})))
                .pick(List.of(ballot(0, "first one"), ballot(1, "two")), LATER, CLOCK);
        assertEquals("first one", none.ballot().reasoning());

        // An infinite component: that candidate is passed over; the others compete (ties: shorter, then order).
        RecordingEmbedder oneInfinite = new RecordingEmbedder(text -> switch (text) {
            case "far" -> new float[] {0, 1};
            case "huge" -> new float[] {Float.POSITIVE_INFINITY, 0};
            default -> new float[] {1, 0};
        });
        ReasoningPicker.Pick other = new ReasoningPicker(Optional.of(oneInfinite))
                .pick(List.of(ballot(0, "far"), ballot(1, "near one"), ballot(2, "near two")), LATER, CLOCK);
        assertEquals("near one", other.ballot().reasoning());
    }

    /** An embedder from a function, recording what it was asked to embed. */
    private static final class RecordingEmbedder implements SentenceEmbedder {
        final List<String> texts = Collections.synchronizedList(new ArrayList<>());
        private final java.util.function.Function<String, float[]> vectors;

        RecordingEmbedder(java.util.function.Function<String, float[]> vectors) {
            this.vectors = vectors;
        }

        @Override
        public String describe() {
            return "scripted (test)";
        }

        @Override
        public float[] embed(String text) {
            texts.add(text);
            return vectors.apply(text);
        }
    }
}
