package io.logicminer.spi.launch;

/**
 * One row of a plan's estimate table: a way of splitting and storing the model, and whether it fits. Byte figures
 * are per GPU.
 *
 * @param tensorParallelSize    GPUs per node each layer is split over
 * @param pipelineParallelSize  nodes the layers are split over
 * @param weights               how the weights are stored: a dtype or a quantized variant's label
 * @param weightBytes           weights on one GPU
 * @param overheadBytes         runtime overhead on one GPU (CUDA context, activations, CUDA graphs)
 * @param budgetBytes           what vLLM may take on one GPU: utilization × the GPU's memory
 * @param kvBytesPerToken       KV cache one token takes on one GPU
 * @param kvTokens              tokens the KV cache holds: (budget − weights − overhead) / kvBytesPerToken; 0 or
 *                              less when the weights alone do not fit
 * @param maxModelLen           the longest sequence this candidate allows, 0 when it does not fit
 * @param verdict               why it fits or not, in a few words
 */
public record PlanCandidate(int tensorParallelSize, int pipelineParallelSize, String weights, long weightBytes,
                            long overheadBytes, long budgetBytes, long kvBytesPerToken, long kvTokens,
                            int maxModelLen, String verdict) {

    /** Whether the model runs this way with at least the minimum context. */
    public boolean fits() {
        return maxModelLen > 0;
    }
}
