package org.homeward.api.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.bwaldvogel.mongo.MongoServer;
import org.homeward.api.HomewardApplication;
import org.homeward.api.people.Carer;
import org.homeward.api.people.Carers;
import org.homeward.api.people.Device;
import org.homeward.api.people.Devices;
import org.homeward.api.people.Organisation;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.Placement;
import org.homeward.api.people.Placements;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.api.plans.ReturnWatch;
import org.homeward.infra.phone.PhoneNumber;
import org.homeward.infra.testing.FcmStandIn;
import org.homeward.infra.testing.MutableClock;
import org.homeward.infra.testing.TestAuthEmulator;
import org.homeward.infra.testing.TwilioStandIn;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerLeases;
import org.homeward.infra.timer.TimerPoller;
import org.homeward.infra.timer.TimerSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A second application instance over the same database: instance one dies in the middle of a
 * ladder step, instance two takes the step over when the lease runs out, and from then on both poll.
 * Each step reaches each person exactly once.
 */
@LadderEndToEnd
class SecondInstanceTest {

    static final FcmStandIn FCM = LadderStandIns.FCM;
    static final TwilioStandIn TWILIO = LadderStandIns.TWILIO;

    @Autowired MutableClock clock;
    @Autowired Environment environment;
    @Autowired ObjectProvider<MongoServer> mongoServer;
    @Autowired TimerLeases leases;
    @Autowired TimerSettings timerSettings;
    @Autowired EscalatingLateReturn ladder;
    @Autowired TimerPoller poller;
    @Autowired Organisations organisations;
    @Autowired YoungPeople youngPeople;
    @Autowired Carers carers;
    @Autowired Placements placements;
    @Autowired Devices devices;
    @Autowired GoingOutPlans plans;
    @Autowired ReturnWatch watch;

    @Test
    void aSecondInstanceTakesOverAStepFromACrashedOneAndEachStepIsSentOnce() {
        clock.set(Instant.parse("2026-05-04T12:00:00Z"));
        var london = Organisation.DEFAULT_ZONE;
        String carerPhone = "+447911123177";
        organisations.save(new Organisation("org-two", "Two", london, Optional.empty()))
                .then(carers.save(new Carer("carer-two", "org-two", "Carer Two", new PhoneNumber(carerPhone))))
                .then(youngPeople.save(new YoungPerson("yp-two", "org-two", "Young Two", null, LocalDate.of(2011, 1, 1),
                        null, london)))
                .then(placements.save(new Placement("pl-two", "org-two", "yp-two", List.of("carer-two"),
                        LocalDate.of(2026, 1, 1), null, false)))
                .then(devices.register(new Device("yp-two", "yp-two-phone", "android", clock.instant())))
                .then(devices.register(new Device("carer-two", "carer-two-phone", "ios", clock.instant())))
                .then(plans.insert(GoingOutPlan.agreedBy("carer-two", "plan-two", "org-two", "yp-two", london, "Out",
                        null, java.time.LocalDateTime.parse("2026-05-04T14:00:00"),
                        java.time.LocalDateTime.parse("2026-05-04T17:00:00"), clock.instant())))
                .flatMap(watch::watch)
                .block(Duration.ofSeconds(10));

        clock.set(Instant.parse("2026-05-04T16:00:00Z")); // 17:00 in London (BST)
        Timer claimed = leases.claim("instance-one", clock.instant(), timerSettings.lease()).block(Duration.ofSeconds(5));
        ladder.handle(claimed).block(Duration.ofSeconds(10));
        assertThat(FCM.receivedBy("yp-two-phone")).hasSize(1);
        // ... and instance one dies before it records the outcome.

        MongoServer embedded = mongoServer.getIfAvailable();
        String database = environment.getProperty("homeward.mongodb.database");
        String uri = embedded == null ? System.getProperty("homeward.mongodb.uri")
                : "mongodb://" + embedded.getLocalAddress().getHostString() + ":" + embedded.getLocalAddress().getPort()
                + "/" + database;
        try (ConfigurableApplicationContext two = new SpringApplicationBuilder(HomewardApplication.class,
                LadderStandIns.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("testClock", clock))
                .run("--server.port=0",
                        "--homeward.mongodb.uri=" + uri,
                        "--homeward.mongodb.database=" + database,
                        "--homeward.identity.auth-emulator-host=" + TestAuthEmulator.get().host(),
                        // The first instance's database by URI, with emulator tokens: on purpose.
                        "--homeward.identity.allow-emulator-with-real-database=true",
                        "--homeward.identity.project-id=" + TestAuthEmulator.PROJECT_ID,
                        "--homeward.timers.enabled=false", "--homeward.timers.owner=instance-two",
                        "--homeward.sms.auth-token=" + LadderStandIns.TWILIO_TOKEN,
                        "--homeward.sms.callback-url=" + LadderStandIns.CALLBACK_URL,
                        "--homeward.escalation.carer-push-after=15m", "--homeward.escalation.carer-sms-after=15m",
                        "--homeward.escalation.duty-worker-after=30m")) {
            TimerPoller instanceTwo = two.getBean(TimerPoller.class);
            assertThat(instanceTwo.runDue().block(Duration.ofSeconds(10))).as("the lease still holds").isZero();
            clock.advance(timerSettings.lease().plusSeconds(1));
            assertThat(instanceTwo.runDue().block(Duration.ofSeconds(10))).as("instance two takes over").isEqualTo(1);
            assertThat(FCM.receivedBy("yp-two-phone")).as("step 1 is not sent again").hasSize(1);

            for (String at : List.of("2026-05-04T16:15:00Z", "2026-05-04T16:30:00Z", "2026-05-04T17:00:00Z")) {
                clock.set(Instant.parse(at));
                reactor.core.publisher.Mono.zip(poller.runDue(), instanceTwo.runDue()).block(Duration.ofSeconds(20));
            }
            assertThat(FCM.receivedBy("yp-two-phone")).hasSize(1);
            assertThat(FCM.receivedBy("carer-two-phone")).hasSize(1);
            assertThat(TWILIO.receivedBy(carerPhone)).hasSize(1);
            Map<String, Long> steps = new java.util.TreeMap<>();
            two.getBean(Alerts.class).findByPlan("plan-two").map(alert -> alert.id())
                    .toStream().forEach(id -> steps.merge(id, 1L, Long::sum));
            assertThat(steps).containsOnlyKeys("plan-two:step-1", "plan-two:step-2", "plan-two:step-3",
                    "plan-two:step-4");
        }
    }
}
