package io.logicminer.subtensor.rpc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What to call to subscribe and unsubscribe, and the notification method the node will use.
 *
 * @param resumeAfterReconnect re-subscribe after a reconnect (fine for finalized heads: the listener sees a gap at
 *     most); false for subscriptions tied to server state that a new connection does not have (an extrinsic watch),
 *     which end with {@link ConnectionLostException} instead
 */
public record SubscriptionRequest(
        String subscribeMethod,
        List<?> params,
        String notificationMethod,
        String unsubscribeMethod,
        boolean resumeAfterReconnect) {

    public SubscriptionRequest {
        Objects.requireNonNull(subscribeMethod, "subscribeMethod");
        Objects.requireNonNull(notificationMethod, "notificationMethod");
        Objects.requireNonNull(unsubscribeMethod, "unsubscribeMethod");
        params = Collections.unmodifiableList(new ArrayList<>(params));
    }
}
