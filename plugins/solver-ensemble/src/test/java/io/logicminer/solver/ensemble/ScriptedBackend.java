package io.logicminer.solver.ensemble;

import io.logicminer.solver.ensemble.ChatCompletionWire.Choice;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A chat-completions backend for MockWebServer that answers from a script: each sample a request asks for (its
 * {@code n}) takes the next scripted choice, in the order requests reach it. A {@link #HOLD} entry makes the request
 * that draws it wait until {@link #release()} (a generation that has not finished); {@link #ignoringN()} answers
 * one choice whatever {@code n} is, as backends without {@code n} support do.
 */
final class ScriptedBackend extends Dispatcher {

    /** A sample that does not finish until {@link #release()}. */
    static final Choice HOLD = new Choice("", "hold");

    private final Deque<Choice> script = new ArrayDeque<>();
    private final List<Integer> requestedN = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch released = new CountDownLatch(1);
    private boolean honoursN = true;
    private boolean streams;
    private volatile CountDownLatch allArrived = new CountDownLatch(0);

    /** Scripted answers, each a short chain of thought ending in {@code Final answer: <answer>}. */
    static ScriptedBackend answering(String... answers) {
        ScriptedBackend backend = new ScriptedBackend();
        for (String answer : answers) {
            backend.then(answer);
        }
        return backend;
    }

    /** One more sample answering {@code answer}. */
    ScriptedBackend then(String answer) {
        return then(Choice.stop(ChatCompletionWire.reasoned("We work it out step by step and get " + answer + ".",
                answer)));
    }

    /** One more sample, as given. */
    synchronized ScriptedBackend then(Choice choice) {
        script.add(choice);
        return this;
    }

    /**
     * Answers nothing until {@code requests} requests have arrived (then each as scripted), so that a test sees all
     * of them reach the server before any answer could stop the ensemble early.
     */
    ScriptedBackend answeringOnceArrived(int requests) {
        allArrived = new CountDownLatch(requests);
        return this;
    }

    /** Replies as a server-sent-event stream, as to a request with {@code "stream": true}. */
    ScriptedBackend streaming() {
        streams = true;
        return this;
    }

    ScriptedBackend ignoringN() {
        honoursN = false;
        return this;
    }

    /** The {@code n} of every request, in arrival order. */
    List<Integer> requestedN() {
        synchronized (requestedN) {
            return List.copyOf(requestedN);
        }
    }

    /** Lets held requests finish (their clients have usually gone). */
    void release() {
        released.countDown();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        int n = ChatCompletionWire.n(request);
        requestedN.add(n);
        CountDownLatch arrival = allArrived;
        arrival.countDown();
        arrival.await(30, TimeUnit.SECONDS);
        List<Choice> choices = new ArrayList<>();
        synchronized (this) {
            for (int i = 0; i < (honoursN ? n : 1); i++) {
                Choice next = script.poll();
                if (next == null) {
                    return ChatCompletionWire.error(400, "the test script has no sample left for request "
                            + requestedN.size());
                }
                choices.add(next);
            }
        }
        if (choices.contains(HOLD)) {
            released.await(30, TimeUnit.SECONDS);
            return ChatCompletionWire.error(503, "released after the client gave up");
        }
        return streams ? ChatCompletionWire.streamed(choices) : ChatCompletionWire.completion(choices);
    }
}
