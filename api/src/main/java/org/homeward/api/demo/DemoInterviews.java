package org.homeward.api.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.homeward.api.interviews.Feedback;
import org.homeward.api.interviews.Feedbacks;
import org.homeward.api.interviews.Interview;
import org.homeward.api.interviews.InterviewRecord;
import org.homeward.api.interviews.Interviews;
import org.homeward.api.quality.DecidingSample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Three return interviews completed in the demo organisation before the run, so that quality assurance
 * has a queue to show: Amira's held 4 days after her return (always chosen: after 72 hours), another of
 * hers held in time that she rated 2 out of 5 (always chosen: poor feedback), and Jordan's, declined (in
 * the sample or not by its draw). Each is decided by the real sample rule. Added only when missing.
 */
@Component
@ConditionalOnProperty(name = "homeward.demo.enabled", havingValue = "true")
class DemoInterviews {

    private static final Logger log = LoggerFactory.getLogger(DemoInterviews.class);
    private static final String ORG = "demo-la";

    private final DemoData demo;
    private final Interviews interviews;
    private final Feedbacks feedbacks;
    private final DecidingSample deciding;
    private final Clock clock;

    DemoInterviews(DemoData demo, Interviews interviews, Feedbacks feedbacks, DecidingSample deciding, Clock clock) {
        this.demo = demo;
        this.interviews = interviews;
        this.feedbacks = feedbacks;
        this.deciding = deciding;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        Mono.fromFuture(demo::loaded)
                .thenMany(Flux.concat(
                        held("rhi-demo-amira-late", "yp-amira", Duration.ofDays(12), Duration.ofDays(4), null),
                        held("rhi-demo-amira-rated", "yp-amira", Duration.ofDays(6), Duration.ofHours(20), 2),
                        declined("rhi-demo-jordan", "yp-jordan", Duration.ofDays(3))))
                .concatMap(interview -> deciding.decide(interview.id(), null, null))
                .count()
                .subscribe(count -> log.info("Demo: {} completed return interviews decided for quality assurance", count),
                        failure -> log.error("Could not add the demo's completed interviews", failure));
    }

    private Mono<Interview> held(String id, String child, Duration returnedAgo, Duration heldAfter, Integer listened) {
        return interviews.findById(id).switchIfEmpty(Mono.defer(() -> {
            Instant now = clock.instant();
            Instant returned = now.minus(returnedAgo);
            Instant heldAt = returned.plus(heldAfter);
            InterviewRecord record = new InterviewRecord(heldAt, "The library", List.of("Amira", "Lee"),
                    "An argument about phone time", "Stayed with a friend", "Came back by bus", "A friend's flat",
                    "By bus", List.of(), List.of(), List.of(), List.of(), List.of("CONFLICT_AT_PLACEMENT"),
                    List.of("FRIENDS"), null, List.of(), List.of("I just needed to get out"), "See friends safely",
                    "A football club", List.of("Runaway Helpline 116 000"), List.of(), true, "worker-lee", heldAt);
            Interview interview = offered(id, child, returned)
                    .assigned(new Interview.Interviewer("worker-lee", "Lee Okafor", "Social worker", true, "manager-kim",
                            returned.plus(Duration.ofHours(2))))
                    .held(record, new Interview.Summary(List.of("We will find you a football club"), List.of()), now);
            Mono<Interview> stored = interviews.insert(interview);
            return listened == null ? stored : stored.flatMap(saved -> feedbacks.save(new Feedback(saved.id(), ORG,
                    child, "worker-lee", listened, true, false, true, "Somewhere quieter", true, false,
                    heldAt.plus(Duration.ofHours(3)))).thenReturn(saved));
        }));
    }

    private Mono<Interview> declined(String id, String child, Duration returnedAgo) {
        return interviews.findById(id).switchIfEmpty(Mono.defer(() -> {
            Instant returned = clock.instant().minus(returnedAgo);
            Instant tried = returned.plus(Duration.ofHours(5));
            Interview interview = offered(id, child, returned)
                    .attempted(new Interview.Attempt(tried, Interview.Channel.PHONE, Interview.AttemptOutcome.DECLINED,
                            "Said they did not want to talk", "worker-lee"))
                    .closed(Interview.Outcome.DECLINED, "Declined twice; the offer stays open", "worker-lee",
                            tried.plus(Duration.ofHours(1)));
            return interviews.insert(interview);
        }));
    }

    private static Interview offered(String id, String child, Instant returned) {
        return Interview.offer(id, ORG, child, "episode-demo-" + id, returned, returned.plus(Duration.ofMinutes(5)),
                Duration.ofHours(72), Duration.ofDays(7), new Interview.Service("team-north", null, null));
    }
}
