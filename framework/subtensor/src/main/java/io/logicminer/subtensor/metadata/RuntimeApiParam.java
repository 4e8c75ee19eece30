package io.logicminer.subtensor.metadata;

/** A named input of a runtime API method (or a view function). */
public record RuntimeApiParam(String name, int type) {
}
