package io.logicminer.bittensor.dendrite;

import com.fasterxml.jackson.databind.JsonNode;
import io.logicminer.bittensor.crypto.Hex;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseFormatException;
import io.logicminer.bittensor.synapse.SynapseHeaders;
import io.logicminer.bittensor.synapse.SynapseJson;
import io.logicminer.bittensor.synapse.TerminalInfo;
import io.logicminer.bittensor.verification.NonceClock;
import io.logicminer.bittensor.verification.RequestSigner;
import io.logicminer.bittensor.verification.RequestVerifier;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A Bittensor dendrite on OkHttp, as the SDK's {@code Dendrite.call}: sets {@code timeout}, fills the dendrite
 * terminal (external ip, version, nonce = wall-clock ns, this instance's uuid, hotkey) and the axon terminal (target
 * ip, port, hotkey), signs {@code "{nonce}.{dendrite_hotkey}.{axon_hotkey}.{uuid}.{body_hash}"}, POSTs the synapse
 * JSON with the synapse headers to {@code http://ip:port/<Name>} and folds the answer back in. Thread-safe; one
 * instance is one dendrite uuid, so calls through it must use increasing nonces — which the clock gives.
 */
public final class Dendrite {

    private static final MediaType JSON = MediaType.get("application/json");

    private final RequestSigner signer;
    private final OkHttpClient client;
    private final String externalIp;
    private final long version;
    private final NonceClock clock;
    private final String uuid = UUID.randomUUID().toString();
    private long lastNonce;

    /**
     * @param signer     the caller's hotkey
     * @param client     HTTP client (its connection pool is reused; per-call timeouts are set here)
     * @param externalIp the caller's address as reported in {@code bt_header_dendrite_ip}
     * @param version    Bittensor version number to report, e.g. 9000000
     * @param clock      nonce clock
     */
    public Dendrite(RequestSigner signer, OkHttpClient client, String externalIp, long version, NonceClock clock) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.client = Objects.requireNonNull(client, "client");
        this.externalIp = externalIp;
        this.version = version;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** This dendrite instance's uuid. */
    public String uuid() {
        return uuid;
    }

    /** The synapse exactly as it will be sent: terminals filled and signed. */
    public Synapse prepare(AxonTarget target, Synapse synapse, Duration timeout) {
        long nonce = nextNonce();
        Synapse prepared = synapse.withName(synapse.kind().name()).withTimeout(timeout.toNanos() / 1e9)
            .withDendrite(new TerminalInfo(null, null, null, externalIp, null, version, nonce, uuid, signer.hotkey(),
                null))
            .withAxon(new TerminalInfo(null, null, null, target.ip(), target.port(), null, null, null,
                target.hotkey(), null));
        prepared = prepared.withComputedBodyHash(prepared.bodyHash());
        String message = RequestVerifier.message(nonce, signer.hotkey(), target.hotkey(), uuid,
            prepared.computedBodyHash());
        String signature = Hex.encodePrefixed(signer.sign(message.getBytes(StandardCharsets.UTF_8)));
        return prepared.withDendrite(prepared.dendrite().withSignature(signature));
    }

    private synchronized long nextNonce() {
        long now = clock.nowNanos();
        lastNonce = Math.max(now, lastNonce + 1);
        return lastNonce;
    }

    /** Sends {@code synapse} to {@code target} and waits at most {@code timeout} for the answer. */
    public DendriteResult call(AxonTarget target, Synapse synapse, Duration timeout) {
        long start = System.nanoTime();
        Synapse local = prepare(target, synapse, timeout);
        String url = "http://" + (target.ip().contains(":") ? "[" + target.ip() + "]" : target.ip()) + ":"
            + target.port() + "/" + local.kind().name();
        Request.Builder request = new Request.Builder().url(url)
            .post(RequestBody.create(SynapseJson.toBytes(local), JSON));
        SynapseHeaders.toHeaders(local).forEach(request::header);
        // The SDK's aiohttp timeout is one total for the call; OkHttp's 10 s read/connect defaults would cut it short.
        OkHttpClient timed = client.newBuilder().callTimeout(timeout).connectTimeout(timeout).readTimeout(timeout)
            .writeTimeout(timeout).build();
        Synapse result;
        try (Response response = timed.newCall(request.build()).execute()) {
            result = absorb(local, response);
        } catch (InterruptedIOException e) {
            result = failed(local, 408, "Request timeout after " + timeout.toNanos() / 1e9 + " seconds");
        } catch (ConnectException e) {
            result = failed(local, 503, "Service unavailable at " + target.ip() + ":" + target.port() + "/"
                + local.kind().name());
        } catch (IOException e) {
            result = failed(local, 422, "Failed to parse response: " + e.getMessage());
        }
        result = result.withDendrite(result.dendrite().withProcessTime((System.nanoTime() - start) / 1e9));
        Integer status = result.dendrite().statusCode();
        return new DendriteResult(result, status == null ? 422 : status, result.dendrite().statusMessage());
    }

    private static Synapse failed(Synapse local, int status, String message) {
        return local.withDendrite(local.dendrite().withStatus(status, message));
    }

    private static Synapse absorb(Synapse local, Response response) throws IOException {
        ResponseBody body = response.body();
        byte[] bytes = body == null ? new byte[0] : body.bytes();
        JsonNode json;
        try {
            json = SynapseJson.mapper().readTree(bytes);
        } catch (IOException e) {
            return failed(local, 422, "Failed to parse response: body is not JSON (HTTP " + response.code() + ")");
        }
        Synapse updated = local;
        if (response.code() == 200) {
            try {
                Synapse server = SynapseJson.fromJson(local.kind(), json);
                updated = server;
            } catch (SynapseFormatException e) {
                return failed(local, 422, "Failed to parse response: " + e.getMessage());
            }
        } else {
            String message = json != null && json.hasNonNull("message") ? json.get("message").asText() : null;
            updated = local.withAxon(local.axon().withStatus(response.code(), message));
        }
        Map<String, String> headers = new HashMap<>();
        for (String name : response.headers().names()) {
            headers.put(name.toLowerCase(Locale.ROOT), response.header(name));
        }
        Synapse fromHeaders;
        try {
            fromHeaders = SynapseHeaders.fromHeaders(local.kind(), headers::get);
        } catch (SynapseFormatException e) {
            return failed(updated, 422, "Failed to parse response headers: " + e.getMessage());
        }
        TerminalInfo dendrite = updated.dendrite().mergedWith(fromHeaders.dendrite());
        TerminalInfo axon = updated.axon().mergedWith(fromHeaders.axon());
        return updated.withAxon(axon).withDendrite(dendrite.withStatus(
            axon.statusCode() == null ? response.code() : axon.statusCode(), axon.statusMessage()));
    }
}
