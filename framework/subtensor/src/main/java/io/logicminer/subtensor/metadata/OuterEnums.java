package io.logicminer.subtensor.metadata;

/** The runtime's aggregate {@code RuntimeCall}, {@code RuntimeEvent} and {@code RuntimeError} enum types (V15+). */
public record OuterEnums(int callType, int eventType, int errorType) {
}
