package org.homeward.infra.push;

/**
 * What became of one push.
 *
 * @param status     SENT (accepted by FCM), UNREGISTERED (the token is dead: forget it) or FAILED
 * @param providerId FCM's message name when sent
 * @param error      why it failed (an error code, never the message)
 */
public record PushOutcome(Status status, String providerId, String error) {

    public enum Status { SENT, UNREGISTERED, FAILED }

    public static PushOutcome sent(String providerId) {
        return new PushOutcome(Status.SENT, providerId, null);
    }

    public static PushOutcome unregistered() {
        return new PushOutcome(Status.UNREGISTERED, null, "UNREGISTERED");
    }

    public static PushOutcome failed(String error) {
        return new PushOutcome(Status.FAILED, null, error);
    }

    public boolean sent() {
        return status == Status.SENT;
    }
}
