package org.homeward.moderation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.homeward.infra.testing.HomewardTestContext;
import org.homeward.infra.testing.MutableClock;
import org.homeward.moderation.KnownNamesForTests;
import org.homeward.moderation.ModerationTestApplication;
import org.homeward.moderation.screening.Finding;
import org.homeward.moderation.screening.FindingKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The queue against the embedded (or a real) MongoDB, with moderation on its own: no content module. */
@SpringBootTest(classes = ModerationTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = HomewardTestContext.class)
@Import({HomewardTestContext.Clocks.class, ModerationQueueTest.Recording.class})
class ModerationQueueTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired SubmittingForPublication submitting;
    @Autowired Reviewables reviewables;
    @Autowired Claiming claiming;
    @Autowired Deciding deciding;
    @Autowired MutableClock clock;
    @Autowired RecordingSubscriber recorder;
    @Autowired FlakySubscriber flaky;
    @Autowired RedeliveringDecisions redelivering;
    @Autowired KnownNamesForTests knownNames;

    /** A module that submitted things of type {@code test-thing} and listens for decisions on them. */
    static class RecordingSubscriber implements DecisionSubscriber {
        final List<ModerationDecision> heard = new CopyOnWriteArrayList<>();

        @Override
        public boolean handles(String subjectType) {
            return "test-thing".equals(subjectType);
        }

        @Override
        public Mono<Void> on(ModerationDecision decision) {
            return Mono.fromRunnable(() -> heard.add(decision));
        }
    }

    /** Fails the first delivery, as a module that is briefly unavailable would. */
    static class FlakySubscriber implements DecisionSubscriber {
        final List<ModerationDecision> heard = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public boolean handles(String subjectType) {
            return "flaky-thing".equals(subjectType);
        }

        @Override
        public Mono<Void> on(ModerationDecision decision) {
            if (calls.getAndIncrement() == 0) {
                return Mono.error(new IllegalStateException("briefly unavailable"));
            }
            return Mono.fromRunnable(() -> heard.add(decision));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {
        @Bean
        RecordingSubscriber recordingSubscriber() {
            return new RecordingSubscriber();
        }

        @Bean
        FlakySubscriber flakySubscriber() {
            return new FlakySubscriber();
        }
    }

    private ReviewTicket submitted(String text) {
        Subject subject = new Subject("test-thing", UUID.randomUUID().toString(), "1");
        return submitting.submit(new Submission(subject, "org-1", "author", text)).block(WAIT);
    }

    private static Caller moderator(String uid) {
        return Caller.of(uid, Role.MODERATOR, "org-1", null);
    }

    @Test
    void namesOfPeopleTheOrganisationKnowsAreAskedOfThePortForThisScreeningAndFlagged() {
        knownNames.add("org-1", "Jordan Riley");
        Subject subject = new Subject("test-thing", UUID.randomUUID().toString(), "3");
        ReviewTicket ticket = submitting.submit(new Submission(subject, "org-1", "author",
                "I went out with jordan riley last week")).block(WAIT);
        assertThat(reviewables.findById(ticket.reviewableId()).block(WAIT).findings())
                .extracting(Finding::kind, Finding::excerpt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.KNOWN_NAME, "jordan riley"));
        // The port is told what is screened (ids only), so the application can audit each name it reads.
        assertThat(knownNames.screenings()).contains("test-thing/" + subject.id() + "/3");
    }

    @Test
    void ofManyModeratorsClaimingAtOnceExactlyOneGetsTheItem() {
        String id = submitted("Tell someone you trust.").reviewableId();
        Instant now = clock.instant();
        List<Boolean> won = Flux.range(0, 12)
                .parallel().runOn(Schedulers.parallel())
                .flatMap(i -> reviewables.claim(id, "moderator-" + i, now, now.plus(Duration.ofMinutes(15)))
                        .map(claimed -> true).defaultIfEmpty(false))
                .sequential().collectList().block(WAIT);
        assertThat(won).hasSize(12).containsOnlyOnce(true);
    }

    @Test
    void aChangeBasedOnAStaleReadIsRefused() {
        String id = submitted("Tell someone you trust.").reviewableId();
        Reviewable read = reviewables.findById(id).block(WAIT);
        Reviewable first = read.reported(new Report("a", "WRONG", "", clock.instant()), clock.instant());
        Reviewable second = read.reported(new Report("b", "WRONG", "", clock.instant()), clock.instant());
        StepVerifier.create(reviewables.update(first)).expectNextCount(1).expectComplete().verify(WAIT);
        StepVerifier.create(reviewables.update(second)).expectComplete().verify(WAIT);
    }

    @Test
    void screeningFindingsNeedTwoModeratorsAndOnlyThenIsTheSubmitterTold() {
        ReviewTicket ticket = submitted("Meet me alone, text 07700 900456");
        assertThat(ticket.held()).isTrue();
        assertThat(ticket.requiredApprovals()).isEqualTo(2);
        String id = ticket.reviewableId();

        claiming.claim(moderator("m1"), id).block(WAIT);
        Reviewable once = deciding.decide(moderator("m1"), id, Action.APPROVE, null).block(WAIT);
        assertThat(once.status()).isEqualTo(Status.OPEN);
        assertThat(recorder.heard).noneMatch(d -> d.reviewableId().equals(id));

        claiming.claim(moderator("m2"), id).block(WAIT);
        Reviewable twice = deciding.decide(moderator("m2"), id, Action.APPROVE, "checked").block(WAIT);
        assertThat(twice.status()).isEqualTo(Status.APPROVED);
        assertThat(recorder.heard).filteredOn(d -> d.reviewableId().equals(id))
                .singleElement().extracting(ModerationDecision::outcome).isEqualTo(ModerationDecision.Outcome.APPROVED);
    }

    @Test
    void anotherOrganisationsModeratorCannotEvenSeeTheItem() {
        String id = submitted("Tell someone you trust.").reviewableId();
        StepVerifier.create(claiming.claim(Caller.of("m9", Role.MODERATOR, "org-2", null), id))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("No reviewable"))
                .verify(WAIT);
    }

    @Test
    void aDecisionThatCouldNotBeDeliveredIsKeptAndDeliveredLater() {
        Subject subject = new Subject("flaky-thing", UUID.randomUUID().toString(), "1");
        String id = submitting.submit(new Submission(subject, "org-1", "author", "Tell someone you trust."))
                .block(WAIT).reviewableId();
        claiming.claim(moderator("m1"), id).block(WAIT);
        Reviewable approved = deciding.decide(moderator("m1"), id, Action.APPROVE, null).block(WAIT);
        assertThat(approved.status()).isEqualTo(Status.APPROVED);
        assertThat(flaky.heard).isEmpty();
        assertThat(reviewables.findById(id).block(WAIT).unannounced()).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        assertThat(redelivering.redeliver().block(WAIT)).isEqualTo(1L);
        assertThat(flaky.heard).singleElement().extracting(ModerationDecision::subject).isEqualTo(subject);
        assertThat(reviewables.findById(id).block(WAIT).unannounced()).isEmpty();
        assertThat(redelivering.redeliver().block(WAIT)).isZero();
    }
}
