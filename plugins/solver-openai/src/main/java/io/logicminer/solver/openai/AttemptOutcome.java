package io.logicminer.solver.openai;

import io.logicminer.spi.chat.ChatModelException;

/** How one request to one endpoint ended: the {@code outcome} label of {@code logicminer_llm_endpoint_requests_total}. */
enum AttemptOutcome {

    /** A complete answer. */
    OK("ok"),
    /** Text that was cut at the deadline or by a broken stream, returned as it was. */
    PARTIAL("partial"),
    /** 429: the server asks us to slow down; the endpoint stays healthy. */
    RATE_LIMITED("rate_limited"),
    /** 5xx: the endpoint is marked unhealthy. */
    SERVER_ERROR("server_error"),
    /** Another 4xx (bad key, unknown model): a configuration problem, not retried. */
    CLIENT_ERROR("client_error"),
    /** The connection could not be made: the endpoint is marked unhealthy. */
    CONNECT_ERROR("connect_error"),
    /** Silence longer than read_timeout (or connect_timeout): the endpoint is marked unhealthy. */
    TIMEOUT("timeout"),
    /** Another I/O failure (reset, a stream broken before any text): the endpoint is marked unhealthy. */
    IO_ERROR("io_error"),
    /** The request's own deadline passed; says nothing about the endpoint's health. */
    DEADLINE("deadline"),
    /** A reply that could not be understood. */
    MALFORMED("malformed"),
    /** The calling thread was interrupted. */
    INTERRUPTED("interrupted");

    private final String label;

    AttemptOutcome(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static AttemptOutcome of(ChatModelException.Reason reason, int httpStatus) {
        return switch (reason) {
            case HTTP_STATUS -> httpStatus == 429 ? RATE_LIMITED : httpStatus >= 500 ? SERVER_ERROR : CLIENT_ERROR;
            case IO -> IO_ERROR;
            case DEADLINE -> DEADLINE;
            case MALFORMED_RESPONSE -> MALFORMED;
            case INTERRUPTED -> INTERRUPTED;
        };
    }
}
