package org.homeward.api.interviews.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.homeward.api.interviews.Feedback;
import org.homeward.api.interviews.Feedbacks;
import org.homeward.api.interviews.Interview;
import org.homeward.api.interviews.InterviewService;
import org.homeward.api.interviews.InterviewServices;
import org.homeward.api.interviews.Interviews;
import org.homeward.api.interviews.YouSaidWeDid;
import org.homeward.api.interviews.YouSaidWeDids;
import org.homeward.infra.errors.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.homeward.infra.mongo.Summaries;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** The interviews feature's MongoDB adapters: the domain records stored whole, beside the fields they are found by. */
final class MongoInterviews {

    private MongoInterviews() {
    }

    /**
     * @param openFor the child's id while the interview can still be joined, absent after: its unique
     *                index decides between two returns offered at once (one inserts, the other joins it)
     */
    @Document("interviews")
    record InterviewDocument(@Id String id, @Indexed String organisationId, @Indexed String youngPersonId,
                             @Indexed(unique = true, sparse = true) String openFor, @Indexed List<String> episodeIds,
                             Instant offeredAt, long version, Interview interview) {
        static InterviewDocument of(Interview interview) {
            return new InterviewDocument(interview.id(), interview.organisationId(), interview.youngPersonId(),
                    interview.isJoinable() ? interview.youngPersonId() : null, interview.episodeIds(),
                    interview.offeredAt(), interview.version(), interview);
        }
    }

    /**
     * Which interview covers an episode, by the episode's id: the embedded server answers only an
     * {@code _id} or a unique index without reading every interview, and an array of episodes can have
     * neither. Written before the interview that it points to, so it may point to one that was never
     * stored: it counts only when that interview covers the episode.
     */
    @Document("interview_episodes")
    record EpisodeLink(@Id String episodeId, String interviewId) {
    }

    @Document("interview_services")
    record ServiceDocument(@Id String id, InterviewService service) {
    }

    @Document("interview_feedback")
    record FeedbackDocument(@Id String id, @Indexed String organisationId, @Indexed String interviewerId,
                            Feedback feedback) {
    }

    @Document("you_said_we_did")
    record YouSaidWeDidDocument(@Id String id, @Indexed String organisationId, Instant publishedAt,
                                YouSaidWeDid published) {
    }

    static Interviews interviews(ReactiveMongoTemplate mongo) {
        return new MongoInterviewStore(mongo, new Summaries(mongo, Summaries.INTERVIEWS));
    }

    /** Each write of an interview is followed by its summary's (the cohort figures scan those; see {@link Summaries}). */
    private record MongoInterviewStore(ReactiveMongoTemplate mongo, Summaries summaries) implements Interviews {

        @Override
        public Mono<Interview> insert(Interview interview) {
            return link(interview.id(), interview.episodeIds())
                    .then(mongo.insert(InterviewDocument.of(interview)))
                    .flatMap(stored -> summaries.write(stored).thenReturn(stored.interview()))
                    .onErrorResume(DuplicateKeyException.class, taken -> findById(interview.id())
                            // Another return for the child was offered at the same moment: join it.
                            .switchIfEmpty(Mono.defer(() -> openFor(interview.youngPersonId())
                                    .flatMap(open -> change(open.id(),
                                            current -> current.joinedBy(interview.episodeIds().get(0)))))));
        }

        private Mono<Interview> openFor(String youngPersonId) {
            return mongo.findOne(Query.query(Criteria.where("openFor").is(youngPersonId)), InterviewDocument.class)
                    .map(InterviewDocument::interview);
        }

        @Override
        public Mono<Interview> findOpen(String youngPersonId) {
            return openFor(youngPersonId);
        }

        @Override
        public Flux<Interview> findAllOpen() {
            return mongo.find(Query.query(Criteria.where("openFor").ne(null)), InterviewDocument.class)
                    .map(InterviewDocument::interview);
        }

        private Mono<Void> link(String interviewId, List<String> episodeIds) {
            return Flux.fromIterable(episodeIds)
                    .concatMap(episodeId -> mongo.save(new EpisodeLink(episodeId, interviewId)))
                    .then();
        }

        @Override
        public Mono<Interview> findById(String id) {
            return mongo.findById(id, InterviewDocument.class).map(InterviewDocument::interview);
        }

        @Override
        public Mono<Interview> findByEpisode(String episodeId) {
            return mongo.findById(episodeId, EpisodeLink.class)
                    .flatMap(link -> findById(link.interviewId()))
                    .filter(interview -> interview.covers(episodeId));
        }

        @Override
        public Flux<Interview> findByYoungPerson(String youngPersonId) {
            return mongo.find(Query.query(Criteria.where("youngPersonId").is(youngPersonId))
                    .with(Sort.by(Sort.Direction.DESC, "offeredAt")), InterviewDocument.class)
                    .map(InterviewDocument::interview);
        }

        @Override
        public Flux<Interview> findByOrganisation(String organisationId, Instant from, Instant to) {
            return mongo.find(Query.query(Criteria.where("organisationId").is(organisationId)
                                    .and("offeredAt").gte(from).lt(to)).with(Sort.by("offeredAt")),
                            InterviewDocument.class)
                    .map(InterviewDocument::interview);
        }

        @Override
        public Mono<Interview> change(String id, Function<Interview, Interview> change) {
            return Mono.defer(() -> findById(id).flatMap(current -> {
                        Interview changed = change.apply(current);
                        if (changed.equals(current)) {
                            return Mono.just(current);
                        }
                        Interview next = changed.withVersion(current.version() + 1);
                        Query unchanged = Query.query(Criteria.where("_id").is(id).and("version").is(current.version()));
                        List<String> joined = next.episodeIds().stream().filter(episode -> !current.covers(episode))
                                .toList();
                        InterviewDocument stored = InterviewDocument.of(next);
                        return link(id, joined).then(mongo.findAndReplace(unchanged, stored))
                                .flatMap(previous -> summaries.write(stored).thenReturn(next))
                                .switchIfEmpty(Mono.error(new Conflict("The interview changed meanwhile")));
                    }))
                    .retryWhen(Retry.backoff(8, Duration.ofMillis(5)).filter(Conflict.class::isInstance)
                            .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
        }
    }

    static InterviewServices services(ReactiveMongoTemplate mongo) {
        return new InterviewServices() {
            @Override
            public Mono<InterviewService> save(InterviewService service) {
                return mongo.save(new ServiceDocument(service.organisationId(), service)).map(ServiceDocument::service);
            }

            @Override
            public Mono<InterviewService> of(String organisationId) {
                return mongo.findById(organisationId, ServiceDocument.class).map(ServiceDocument::service)
                        .defaultIfEmpty(InterviewService.defaults(organisationId));
            }
        };
    }

    static Feedbacks feedbacks(ReactiveMongoTemplate mongo) {
        return new Feedbacks() {
            @Override
            public Mono<Feedback> save(Feedback feedback) {
                return mongo.save(new FeedbackDocument(feedback.interviewId(), feedback.organisationId(),
                        feedback.interviewerId(), feedback)).map(FeedbackDocument::feedback);
            }

            @Override
            public Mono<Feedback> findByInterview(String interviewId) {
                return mongo.findById(interviewId, FeedbackDocument.class).map(FeedbackDocument::feedback);
            }

            @Override
            public Flux<Feedback> findByInterviewer(String organisationId, String interviewerId) {
                return mongo.find(Query.query(Criteria.where("organisationId").is(organisationId)
                        .and("interviewerId").is(interviewerId)), FeedbackDocument.class).map(FeedbackDocument::feedback);
            }

            @Override
            public Flux<Feedback> findByOrganisation(String organisationId) {
                return mongo.find(Query.query(Criteria.where("organisationId").is(organisationId)),
                        FeedbackDocument.class).map(FeedbackDocument::feedback);
            }
        };
    }

    static YouSaidWeDids youSaidWeDids(ReactiveMongoTemplate mongo) {
        return new YouSaidWeDids() {
            @Override
            public Mono<YouSaidWeDid> save(YouSaidWeDid published) {
                return mongo.insert(new YouSaidWeDidDocument(published.id(), published.organisationId(),
                        published.publishedAt(), published)).map(YouSaidWeDidDocument::published);
            }

            @Override
            public Flux<YouSaidWeDid> findByOrganisation(String organisationId, int limit) {
                return mongo.find(Query.query(Criteria.where("organisationId").is(organisationId))
                                .with(Sort.by(Sort.Direction.DESC, "publishedAt")).limit(limit),
                        YouSaidWeDidDocument.class).map(YouSaidWeDidDocument::published);
            }
        };
    }
}
