package org.homeward.api.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.homeward.api.people.Device;
import org.homeward.api.people.Devices;
import org.homeward.api.people.Organisation;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.api.plans.ReturnWatch;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.push.PushGateway;
import org.homeward.infra.push.PushMessage;
import org.homeward.infra.push.PushOutcome;
import org.homeward.infra.sms.SmsGateway;
import org.homeward.infra.testing.FcmStandIn;
import org.homeward.infra.testing.MutableClock;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerLeases;
import org.homeward.infra.timer.TimerPoller;
import org.homeward.infra.timer.TimerSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An instance dies in the middle of a batch of late-return steps: it has sent the first FCM batch
 * call of pushes (and recorded them) but not the second. Another instance takes the batch over when
 * the lease runs out: every message of the batch reaches its phone once, none twice, and each is in
 * the audit log once.
 */
@LadderEndToEnd
class BatchCrashTest {

    static final FcmStandIn FCM = LadderStandIns.FCM;
    static final int PLANS = 6;

    @Autowired MutableClock clock;
    @Autowired TimerLeases leases;
    @Autowired TimerSettings timerSettings;
    @Autowired TimerPoller poller;
    @Autowired Organisations organisations;
    @Autowired YoungPeople youngPeople;
    @Autowired Devices devices;
    @Autowired GoingOutPlans plans;
    @Autowired ReturnWatch watch;
    @Autowired Alerts alerts;
    @Autowired Deliveries deliveries;
    @Autowired AlertRecipients recipients;
    @Autowired EscalationPolicies policies;
    @Autowired PushGateway push;
    @Autowired SmsGateway sms;
    @Autowired AuditLog audit;

    @Test
    void aBatchHalfSentWhenItsInstanceDiedIsFinishedByAnotherAndEachMessageGoesOnce() {
        clock.set(Instant.parse("2026-05-06T12:00:00Z"));
        var london = Organisation.DEFAULT_ZONE;
        organisations.save(new Organisation("org-crash", "Crash", london, Optional.empty())).block(Duration.ofSeconds(10));
        for (int i = 0; i < PLANS; i++) {
            String youngPerson = "crash-yp-" + i;
            youngPeople.save(new YoungPerson(youngPerson, "org-crash", "Young " + i, null, LocalDate.of(2011, 1, 1),
                            null, london))
                    .then(devices.register(new Device(youngPerson, phone(i), "android", clock.instant())))
                    .then(plans.insert(GoingOutPlan.agreedBy("crash-carer", "crash-plan-" + i, "org-crash", youngPerson,
                            london, "Out", null, LocalDateTime.parse("2026-05-06T14:00:00"),
                            LocalDateTime.parse("2026-05-06T17:00:00"), clock.instant())))
                    .flatMap(watch::watch)
                    .block(Duration.ofSeconds(10));
        }
        clock.set(Instant.parse("2026-05-06T16:00:00Z")); // 17:00 in London: all six due at once

        List<Timer> batch = leases.claimDue("instance-one", clock.instant(), timerSettings.lease(), 200)
                .collectList().block(Duration.ofSeconds(10));
        assertThat(batch).hasSize(PLANS);
        // instance one sends pushes three to an FCM call; it dies during its second call
        AtomicInteger calls = new AtomicInteger();
        PushGateway dying = new PushGateway() {
            @Override
            public Mono<PushOutcome> send(PushMessage message) {
                return push.send(message);
            }

            @Override
            public Mono<List<PushOutcome>> sendAll(List<PushMessage> messages) {
                return calls.incrementAndGet() == 1 ? push.sendAll(messages)
                        : Mono.error(new IllegalStateException("instance one died mid-batch"));
            }
        };
        Notifying notifyingOne = new Notifying(devices, deliveries, dying, sms, audit, Duration.ofMinutes(2), 3, clock);
        EscalatingLateReturn instanceOne = new EscalatingLateReturn(plans, youngPeople, alerts, recipients,
                notifyingOne, policies, clock, new SimpleMeterRegistry(), 4);
        assertThatThrownBy(() -> instanceOne.handleAll(batch).collectList().block(Duration.ofSeconds(10)))
                .hasMessageContaining("died");
        assertThat(pushesReceived()).as("the first FCM call went out").isEqualTo(3);

        // Its lease runs out: this instance takes the batch over. The three pushes recorded as sent stand;
        // the three left SENDING (unknown whether they left) wait for resendUnconfirmedAfter, then go.
        clock.advance(timerSettings.lease().plusSeconds(1));
        poller.runDue().block(Duration.ofSeconds(20));
        assertThat(pushesReceived()).isEqualTo(3);
        clock.advance(Duration.ofMinutes(2));
        poller.runDue().block(Duration.ofSeconds(20));

        for (int i = 0; i < PLANS; i++) {
            assertThat(FCM.receivedBy(phone(i))).as("crash-yp-" + i + "'s phone").hasSize(1);
            long audited = audit.about("crash-yp-" + i, 50).filter(entry -> entry.action().equals("alert.push"))
                    .count().block(Duration.ofSeconds(5));
            assertThat(audited).as("audited once").isEqualTo(1);
        }
        assertThat(Flux.range(0, PLANS).flatMap(i -> alerts.findByPlan("crash-plan-" + i)).count()
                .block(Duration.ofSeconds(5))).as("one step-1 alert per plan").isEqualTo(PLANS);
        assertThat(leases.claimDue("instance-one", clock.instant(), timerSettings.lease(), 200).collectList()
                .block(Duration.ofSeconds(5))).as("every step 1 recorded done; step 2 waits").isEmpty();
    }

    private static String phone(int i) {
        return "crash-yp-" + i + "-phone";
    }

    private static long pushesReceived() {
        return FCM.received().stream().filter(push -> push.token().startsWith("crash-yp-")).count();
    }
}
