package io.logicminer.subtensor.extrinsic;

import java.util.List;

/**
 * What happened to an extrinsic in its block, from {@code System.Events}: success, or the failure; and the events it
 * emitted ({@code RuntimeEvent} values: pallet variant holding the event variant).
 */
public record ExtrinsicOutcome(boolean success, DispatchFailure failure, List<Object> events) {

    public ExtrinsicOutcome {
        events = List.copyOf(events);
    }
}
