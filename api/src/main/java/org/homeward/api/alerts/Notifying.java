package org.homeward.api.alerts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.homeward.api.people.Device;
import org.homeward.api.people.Devices;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.audit.SystemEntry;
import org.homeward.infra.push.PushGateway;
import org.homeward.infra.push.PushMessage;
import org.homeward.infra.push.PushOutcome;
import org.homeward.infra.sms.SmsGateway;
import org.homeward.infra.sms.SmsMessage;
import org.homeward.infra.sms.SmsOutcome;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Gets an alert to a person: push to each of their phones, a text message when push reaches none
 * of them. Each attempt is stored before it leaves, under an id made of the alert, the channel, the
 * person and the address, so that an instance taking over a half-done step sends nothing twice.
 * Every message sent goes into the young person's audit log (the system as actor, ids only), once
 * per attempt, whoever sent it.
 */
public class Notifying {

    /** What to say: a title for push, the body for both. */
    public record Text(String title, String body) {

        /**
         * Nothing to see or hear: a data-only push that the app picks up quietly (a discreet help
         * request must not light up the young person's screen with words someone beside them could read).
         */
        public static Text silent() {
            return new Text(null, null);
        }

        public boolean isSilent() {
            return title == null && body == null;
        }
    }

    private final Devices devices;
    private final Deliveries deliveries;
    private final PushGateway push;
    private final SmsGateway sms;
    private final AuditLog audit;
    private final Duration resendUnconfirmedAfter;
    private final int pushBatch;
    private final Clock clock;

    public Notifying(Devices devices, Deliveries deliveries, PushGateway push, SmsGateway sms, AuditLog audit,
                     Duration resendUnconfirmedAfter, Clock clock) {
        this(devices, deliveries, push, sms, audit, resendUnconfirmedAfter, 500, clock);
    }

    /** @param pushBatch pushes per {@link PushGateway#sendAll} call in {@link #pushAll} (FCM takes up to 500) */
    public Notifying(Devices devices, Deliveries deliveries, PushGateway push, SmsGateway sms, AuditLog audit,
                     Duration resendUnconfirmedAfter, int pushBatch, Clock clock) {
        this.pushBatch = pushBatch;
        this.resendUnconfirmedAfter = resendUnconfirmedAfter;
        this.devices = devices;
        this.deliveries = deliveries;
        this.push = push;
        this.sms = sms;
        this.audit = audit;
        this.clock = clock;
    }

    /** Push to every phone of the recipient; with {@code smsFallback}, a text at once if none was reached. */
    public Mono<List<Delivery>> push(Alert alert, Recipient recipient, Text text, boolean smsFallback) {
        return devices.findByPeople(List.of(recipient.id()))
                .flatMap(device -> pushTo(alert, recipient, device, text))
                .collectList()
                .flatMap(pushed -> smsFallback && pushed.stream().noneMatch(Delivery::reached)
                        ? text(alert, recipient, text, true).map(fallback -> concat(pushed, fallback))
                        .defaultIfEmpty(pushed)
                        : Mono.just(pushed));
    }

    /** One person to push to in {@link #pushAll}: as {@link #push}'s arguments. */
    public record Push(Alert alert, Recipient recipient, Text text, boolean smsFallback) {
    }

    /** What became of one {@link Push}: its deliveries, or why it must be tried again. */
    public record Pushed(Push push, List<Delivery> deliveries, Throwable failure) {

        public boolean succeeded() {
            return failure == null;
        }
    }

    /**
     * {@link #push} for many people at once, with the same guarantees, in a few round trips: their
     * phones read in one query, every attempt stored in one bulk insert before anything leaves, the
     * fresh ones sent in FCM batch calls, their outcomes written in one bulk update and audited in
     * one bulk append; then the texts of any fallback ({@code smsConcurrency} at a time). Emits one
     * {@link Pushed} per push, in order: an attempt another sender still has in hand fails its push
     * only (it is tried again later), as {@link #push} does.
     */
    public Mono<List<Pushed>> pushAll(List<Push> pushes, int smsConcurrency) {
        if (pushes.isEmpty()) {
            return Mono.just(List.of());
        }
        Instant now = clock.instant();
        return devices.findByPeople(pushes.stream().map(push -> push.recipient().id()).distinct().toList())
                .collectMultimap(Device::personId)
                .flatMap(phones -> {
                    List<List<Delivery>> attempts = new ArrayList<>();
                    List<Delivery> all = new ArrayList<>();
                    Map<String, Device> deviceOf = new HashMap<>();
                    for (Push push : pushes) {
                        List<Delivery> mine = new ArrayList<>();
                        for (Device device : phones.getOrDefault(push.recipient().id(), List.of())) {
                            Delivery attempt = new Delivery(deliveryId(push.alert().id(), Delivery.Channel.PUSH,
                                    push.recipient().id(), device.token()), push.alert().id(), push.alert().planId(),
                                    push.recipient().id(), Delivery.Channel.PUSH, device.token(), Delivery.SENDING, null,
                                    null, false, now, now);
                            if (deviceOf.putIfAbsent(attempt.id(), device) == null) {
                                mine.add(attempt);
                                all.add(attempt);
                            }
                        }
                        attempts.add(mine);
                    }
                    return deliveries.beginAll(all, now.minus(resendUnconfirmedAfter))
                            .flatMap(fresh -> sendFresh(pushes, attempts, all, fresh))
                            .flatMap(stood -> settle(pushes, attempts, stood, smsConcurrency));
                });
    }

    /** Sends the attempts this call stored, in FCM batch calls; emits every attempt as it now stands. */
    private Mono<Map<String, Delivery>> sendFresh(List<Push> pushes, List<List<Delivery>> attempts, List<Delivery> all,
                                                  java.util.Set<String> fresh) {
        Map<String, Text> textOf = new HashMap<>();
        Map<String, Alert> alertOf = new HashMap<>();
        for (int i = 0; i < pushes.size(); i++) {
            for (Delivery attempt : attempts.get(i)) {
                textOf.put(attempt.id(), pushes.get(i).text());
                alertOf.put(attempt.id(), pushes.get(i).alert());
            }
        }
        List<Delivery> sending = all.stream().filter(attempt -> fresh.contains(attempt.id())).toList();
        List<String> storedBefore = all.stream().map(Delivery::id).filter(id -> !fresh.contains(id)).toList();
        // chunk by chunk, each recorded as soon as FCM has answered it: an instance dying between two
        // chunks leaves only the unsent chunk SENDING (sent by whoever takes the step over)
        Mono<Map<String, Delivery>> sent = Flux.fromIterable(chunks(sending, pushBatch))
                .concatMap(chunk -> push.sendAll(chunk.stream().map(attempt -> message(alertOf.get(attempt.id()),
                        attempt.recipientId(), attempt.address(), textOf.get(attempt.id()))).toList())
                        .flatMap(outcomes -> {
                            Instant at = clock.instant();
                            List<Delivery> finished = new ArrayList<>();
                            List<Delivery> dead = new ArrayList<>();
                            for (int i = 0; i < chunk.size(); i++) {
                                Delivery attempt = chunk.get(i);
                                PushOutcome outcome = outcomes.get(i);
                                finished.add(new Delivery(attempt.id(), attempt.alertId(), attempt.planId(),
                                        attempt.recipientId(), attempt.channel(), attempt.address(),
                                        outcome.status().name(), outcome.providerId(), outcome.error(),
                                        attempt.fallback(), attempt.attemptedAt(), at));
                                if (outcome.status() == PushOutcome.Status.UNREGISTERED) {
                                    dead.add(attempt);
                                }
                            }
                            return Flux.fromIterable(dead)
                                    .concatMap(attempt -> devices.remove(attempt.recipientId(), attempt.address()))
                                    .then(deliveries.finishAll(finished))
                                    .thenReturn(finished);
                        }))
                .collect(HashMap<String, Delivery>::new, (byId, finished) -> finished.forEach(done -> byId.put(done.id(), done)))
                .map(byId -> (Map<String, Delivery>) byId);
        return sent.flatMap(byId -> deliveries.findByIds(storedBefore)
                .doOnNext(stored -> byId.put(stored.id(), stored))
                .then(Mono.just(byId)));
    }

    /**
     * Per push: its deliveries, or {@link SendingElsewhere} if one is still being sent by another
     * sender; every delivery that stands is audited (once, under its own id); then any text fallback.
     */
    private Mono<List<Pushed>> settle(List<Push> pushes, List<List<Delivery>> attempts, Map<String, Delivery> stood,
                                      int smsConcurrency) {
        List<SystemEntry> entries = new ArrayList<>();
        List<Pushed> pushed = new ArrayList<>();
        for (int i = 0; i < pushes.size(); i++) {
            Push push = pushes.get(i);
            List<Delivery> mine = new ArrayList<>();
            Throwable failure = null;
            for (Delivery attempt : attempts.get(i)) {
                Delivery stands = stood.get(attempt.id());
                if (stands == null || stands.status().equals(Delivery.SENDING)) {
                    failure = new SendingElsewhere(attempt.id());
                } else {
                    mine.add(stands);
                    entries.add(audited(push.alert(), stands));
                }
            }
            pushed.add(new Pushed(push, List.copyOf(mine), failure));
        }
        return audit.recordAll(entries).then(Flux.fromIterable(pushed)
                .flatMapSequential(done -> done.succeeded() && done.push().smsFallback()
                        && done.deliveries().stream().noneMatch(Delivery::reached)
                        ? text(done.push().alert(), done.push().recipient(), done.push().text(), true)
                        .map(fallback -> new Pushed(done.push(), concat(done.deliveries(), fallback), null))
                        .defaultIfEmpty(done)
                        .onErrorResume(error -> Mono.just(new Pushed(done.push(), done.deliveries(), error)))
                        : Mono.just(done), smsConcurrency)
                .collectList());
    }

    /** A text message to the recipient's number, if they have one. */
    public Mono<Delivery> text(Alert alert, Recipient recipient, Text text, boolean fallback) {
        return Mono.justOrEmpty(recipient.phone()).flatMap(phone -> once(alert,
                new Delivery(deliveryId(alert.id(), Delivery.Channel.SMS, recipient.id(), phone.e164()), alert.id(),
                        alert.planId(), recipient.id(), Delivery.Channel.SMS, phone.e164(), Delivery.SENDING, null,
                        null, fallback, clock.instant(), clock.instant()),
                () -> sms.send(new SmsMessage(recipient.id(), phone, text.body()))
                        .map(Notifying::finished)));
    }

    /** Sends again over the channel and address of an earlier delivery (the "back home" notice). */
    public Mono<Delivery> resend(Alert alert, Delivery earlier, Text text) {
        Delivery attempt = new Delivery(deliveryId(alert.id(), earlier.channel(), earlier.recipientId(),
                earlier.address()), alert.id(), alert.planId(), earlier.recipientId(), earlier.channel(),
                earlier.address(), Delivery.SENDING, null, null, false, clock.instant(), clock.instant());
        if (earlier.channel() == Delivery.Channel.PUSH) {
            return once(alert, attempt, () -> sendPush(alert, earlier.recipientId(), earlier.address(), text));
        }
        return once(alert, attempt, () -> sms.send(new SmsMessage(earlier.recipientId(),
                new org.homeward.infra.phone.PhoneNumber(earlier.address()), text.body())).map(Notifying::finished));
    }

    private Mono<Delivery> pushTo(Alert alert, Recipient recipient, Device device, Text text) {
        Delivery attempt = new Delivery(deliveryId(alert.id(), Delivery.Channel.PUSH, recipient.id(), device.token()),
                alert.id(), alert.planId(), recipient.id(), Delivery.Channel.PUSH, device.token(), Delivery.SENDING,
                null, null, false, clock.instant(), clock.instant());
        return once(alert, attempt, () -> sendPush(alert, recipient.id(), device.token(), text));
    }

    private static PushMessage message(Alert alert, String recipientId, String token, Text text) {
        return new PushMessage(recipientId, token, text.title(), text.body(),
                Map.of("alertId", alert.id(), "planId", alert.planId(), "kind", alert.kind().name()));
    }

    private Mono<Finished> sendPush(Alert alert, String recipientId, String token, Text text) {
        return push.send(message(alert, recipientId, token, text))
                .flatMap(outcome -> outcome.status() == PushOutcome.Status.UNREGISTERED
                        ? devices.remove(recipientId, token).thenReturn(outcome) : Mono.just(outcome))
                .map(outcome -> new Finished(outcome.status().name(), outcome.providerId(), outcome.error()));
    }

    private record Finished(String status, String providerId, String error) {
    }

    private static Finished finished(SmsOutcome outcome) {
        return new Finished(outcome.accepted() ? outcome.status() : "FAILED", outcome.providerId(), outcome.error());
    }

    /**
     * Stores the attempt, then sends. If the attempt was stored before (by this or another instance),
     * the stored one stands and nothing is sent, unless it is still {@code SENDING}: then its sender
     * is at it now (this fails, and the step is tried again later), or died or was stopped mid-send
     * long enough ago ({@code resendUnconfirmedAfter}): then it is sent again. Whether that first send
     * left is unknown, and for a safety alert a duplicate is far better than none. Either way the
     * attempt is then audited: under its own id, so once, and after the send, so that a failing audit
     * log never holds a message back (a step that fails here is retried, and the retry records it).
     */
    private Mono<Delivery> once(Alert alert, Delivery attempt, Supplier<Mono<Finished>> send) {
        return deliveries.begin(attempt, clock.instant().minus(resendUnconfirmedAfter))
                .flatMap(fresh -> fresh ? sent(attempt, send) : deliveries.findById(attempt.id())
                        .flatMap(stored -> stored.status().equals(Delivery.SENDING)
                                ? Mono.<Delivery>error(new SendingElsewhere(stored.id()))
                                : Mono.just(stored)))
                .flatMap(delivery -> audit.record(audited(alert, delivery)).thenReturn(delivery));
    }

    /** Another sender has this attempt in hand: the step is retried once it has finished, or been given up. */
    static final class SendingElsewhere extends IllegalStateException {
        SendingElsewhere(String deliveryId) {
            super("Delivery " + deliveryId + " is being sent elsewhere");
        }
    }

    private Mono<Delivery> sent(Delivery attempt, Supplier<Mono<Finished>> send) {
        return send.get().flatMap(done -> deliveries.finish(attempt.id(), done.status(), done.providerId(),
                done.error(), clock.instant()));
    }

    /** "The system pushed carer X for plan P, step 2": whom, how, for which alert; never the address or words. */
    private static SystemEntry audited(Alert alert, Delivery delivery) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("channel", delivery.channel().name());
        details.put("recipientId", delivery.recipientId());
        details.put("alertKind", alert.kind().name());
        details.put("step", Integer.toString(alert.step()));
        details.put(alert.kind() == Alert.Kind.EPISODE_NOTICE ? "episodeId"
                : alert.kind() == Alert.Kind.INTERVIEW_NOTICE ? "interviewId"
                : alert.kind() == Alert.Kind.SHARING_NOTICE ? "sharingId"
                : isAboutHelpRequest(alert) ? "helpRequestId" : "planId", alert.planId());
        details.put("fallback", Boolean.toString(delivery.fallback()));
        String reason = alert.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (alert.step() > 0 ? " step " + alert.step() : "");
        String action = "alert." + delivery.channel().name().toLowerCase(Locale.ROOT);
        return new SystemEntry("delivery:" + delivery.id(), action, alert.youngPersonId(), alert.id(), reason, details,
                delivery.attemptedAt());
    }

    private static boolean isAboutHelpRequest(Alert alert) {
        return alert.kind() == Alert.Kind.HELP_REQUEST || alert.kind() == Alert.Kind.HELP_UPDATE;
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }

    private static List<Delivery> concat(List<Delivery> pushed, Delivery fallback) {
        List<Delivery> all = new java.util.ArrayList<>(pushed);
        all.add(fallback);
        return List.copyOf(all);
    }

    static String deliveryId(String alertId, Delivery.Channel channel, String recipientId, String address) {
        return alertId + "|" + channel + "|" + recipientId + "|" + digest(address);
    }

    private static String digest(String address) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
