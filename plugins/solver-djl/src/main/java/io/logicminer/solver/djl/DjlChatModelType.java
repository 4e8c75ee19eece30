package io.logicminer.solver.djl;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.HostContext;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatModelType;
import org.pf4j.Extension;

/**
 * Chat model type {@code djl}: a local Optimum ONNX export ({@code text-generation-with-past}) run in-process by DJL
 * on ONNX Runtime. Config: {@code models.local { type = djl, path = "/models/qwen2.5-0.5b-instruct-onnx" }}.
 */
@Extension
public final class DjlChatModelType implements ChatModelType {

    @Override
    public String type() {
        return "djl";
    }

    @Override
    public String description() {
        return "in-process causal LM (Optimum ONNX export with past key values) on DJL + ONNX Runtime";
    }

    @Override
    public ChatModel create(String name, ComponentConfig config, HostContext context) {
        DjlOffline.optOut(); // no usage report to AWS, no downloads: before the first DJL class loads
        DjlSettings settings = DjlSettings.from(config);
        try {
            return DjlChatModel.open(name, settings, context.clock());
        } catch (ModelDirectoryException e) {
            throw config.invalid("path", e.getMessage());
        } catch (GpuUnavailableException e) {
            throw config.invalid("device", e.getMessage());
        }
    }
}
