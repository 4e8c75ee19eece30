package io.logicminer.solver.hybrid;

import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatModelException;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.spi.chat.ChatResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One reasoning call to the chat model, running on a virtual thread of its own while the hybrid waits on the
 * caller's. The call is bounded by its request's deadline; {@link #cancel()} interrupts it (the OpenAI-compatible
 * client then drops the HTTP call), so an abandoned call holds no connection.
 */
final class PendingReasoning {

    private final FutureTask<ChatResponse> call;

    private PendingReasoning(FutureTask<ChatResponse> call) {
        this.call = call;
    }

    /** Starts {@code request} on {@code model} now. */
    static PendingReasoning start(ChatModel model, ChatRequest request) {
        FutureTask<ChatResponse> call = new FutureTask<>(() -> model.complete(request));
        Thread.ofVirtual().name("hybrid-reasoning-" + model.name()).start(call);
        return new PendingReasoning(call);
    }

    /**
     * Waits until {@code until} at the latest for the model's reply; a call still running then is cancelled.
     *
     * @throws InterruptedException when the calling thread is interrupted (the call is cancelled first)
     */
    ModelReasoning await(Instant until, Clock clock) throws InterruptedException {
        long waitNanos = Math.max(0, Duration.between(clock.instant(), until).toNanos());
        ChatResponse response;
        try {
            response = call.get(waitNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            cancel();
            return ModelReasoning.unusable("late");
        } catch (InterruptedException e) {
            cancel();
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof ChatModelException chat
                    ? chat.reason().name().toLowerCase(java.util.Locale.ROOT) + ": " + chat.getMessage()
                    : cause.getClass().getSimpleName() + ": " + cause.getMessage();
            return ModelReasoning.unusable("failed (" + why + ")");
        }
        String text = response.content().strip();
        if (text.isEmpty()) {
            return ModelReasoning.unusable("empty");
        }
        var choice = response.choices().get(0);
        return ModelReasoning.usable(text, choice.cutShort() ? "cut short (" + choice.finishReason() + ")" : "in time");
    }

    /** Stops the call (an interrupt of its thread); harmless once it has ended. */
    void cancel() {
        call.cancel(true);
    }
}
