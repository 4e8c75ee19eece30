package io.logicminer.solver.djl;

/** {@code device = gpu}, but ONNX Runtime has no CUDA execution provider (its CPU build is in lib/, or no CUDA). */
final class GpuUnavailableException extends RuntimeException {

    GpuUnavailableException(String onnxRuntimeMessage, Throwable cause) {
        super("ONNX Runtime has no CUDA execution provider (" + onnxRuntimeMessage + "): replace the plugin's"
                + " lib/onnxruntime-" + ai.onnxruntime.OrtEnvironment.class.getPackage().getImplementationVersion()
                + ".jar with com.microsoft.onnxruntime:onnxruntime_gpu of the same version, on a host with CUDA 12 and"
                + " cuDNN 9 (docs/solver-djl.md), or set device = cpu", cause);
    }
}
