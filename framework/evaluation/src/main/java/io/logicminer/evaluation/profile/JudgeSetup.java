package io.logicminer.evaluation.profile;

import io.logicminer.spi.chat.ChatModel;

import java.util.List;
import java.util.Optional;

/**
 * What a run gives the profiles' correctness ladders: the judge model, when one is configured, and the cheat-word
 * list.
 *
 * @param model the judge ({@code eval --judge-model}); empty: what needs an LLM stays undecided, never faked
 * @param cheatWords lower-case cheat words ({@link CheatWords})
 */
public record JudgeSetup(Optional<ChatModel> model, List<String> cheatWords) {

    public JudgeSetup {
        cheatWords = List.copyOf(cheatWords);
    }

    /** No judge, the default cheat words. */
    public static JudgeSetup withoutJudge() {
        return new JudgeSetup(Optional.empty(), CheatWords.DEFAULT);
    }
}
