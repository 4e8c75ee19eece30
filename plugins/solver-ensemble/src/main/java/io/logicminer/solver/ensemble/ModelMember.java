package io.logicminer.solver.ensemble;

import io.logicminer.spi.chat.ChatModel;

/**
 * A chat model sampled {@code samples} times with the category's single-call prompt (reasoning, then a
 * {@code Final answer:} line).
 */
record ModelMember(ChatModel model, double weight, int samples, int position) implements EnsembleMember {

    @Override
    public String label() {
        return "model " + model.name();
    }
}
