package io.logicminer.evaluation.challenge;

import io.logicminer.evaluation.run.EvalChallenge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChallengeFileTest {

    @TempDir
    Path dir;

    @Test
    void eachChallengeCarriesItsOwnRawProblemWhateverTheBlankLines() throws Exception {
        Path file = dir.resolve("c.jsonl");
        Files.writeString(file, """
                {"id":"a","topic":"algebra","subtopic":"log","question":"paraphrased a","raw_problem":"raw a","ground_truth":"1"}

                {"question":"plain b","ground_truth":2}
                {"id":"c","question":"paraphrased c","raw_problem":"raw c","ground_truth":"3"}
                """);
        List<EvalChallenge> read = ChallengeFile.read(file);
        assertEquals(List.of(
                new EvalChallenge("a", "algebra", "log", "paraphrased a", "raw a", "1"),
                new EvalChallenge("line-3", "", "", "plain b", "plain b", "2"),
                new EvalChallenge("c", "", "", "paraphrased c", "raw c", "3")), read);
    }

    @Test
    void aBadLineIsNamedByFileAndLine() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"question\":\"q\",\"ground_truth\":\"1\"}\n{\"question\":\"no truth\"}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChallengeFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ":2 "), e.getMessage());
        Files.writeString(file, "not json\n");
        e = assertThrows(IllegalArgumentException.class, () -> ChallengeFile.read(file));
        assertEquals(file + ":1 is not valid JSON", e.getMessage());
        Files.writeString(file, "\n");
        e = assertThrows(IllegalArgumentException.class, () -> ChallengeFile.read(file));
        assertEquals(file + " holds no challenges", e.getMessage());
    }
}
