package io.logicminer.solver.djl;

import java.nio.file.Path;

/** A model directory that is missing, incomplete or not an Optimum text-generation-with-past export. */
final class ModelDirectoryException extends RuntimeException {

    static final String EXPORT_COMMAND =
            "optimum-cli export onnx --task text-generation-with-past --model <hf-model-id> <dir>";

    ModelDirectoryException(Path dir, String problem, Throwable cause) {
        super("model directory " + dir + ": " + problem + "; a model directory is what `" + EXPORT_COMMAND
                + "` writes (e.g. --model Qwen/Qwen2.5-0.5B-Instruct), see docs/solver-djl.md", cause);
    }

    ModelDirectoryException(Path dir, String problem) {
        this(dir, problem, null);
    }
}
