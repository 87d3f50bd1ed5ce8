package org.homeward.api.episodes.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.homeward.api.episodes.EpisodeFilter;
import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.episodes.MissingPolicies;
import org.homeward.api.episodes.MissingPolicy;
import org.homeward.api.episodes.StrategyDiscussion;
import org.homeward.api.episodes.StrategyDiscussions;
import org.homeward.api.episodes.Timeline;
import org.homeward.api.episodes.TimelineEntry;
import org.homeward.api.episodes.infrastructure.EpisodeDocuments.DiscussionDocument;
import org.homeward.api.episodes.infrastructure.EpisodeDocuments.EpisodeDocument;
import org.homeward.api.episodes.infrastructure.EpisodeDocuments.PolicyDocument;
import org.homeward.api.episodes.infrastructure.EpisodeDocuments.TimelineDocument;
import org.homeward.infra.errors.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import org.homeward.infra.mongo.Summaries;
import reactor.util.retry.Retry;

/** The episodes feature's MongoDB adapters. */
final class MongoEpisodes {

    private static final int ATTEMPTS = 10;

    private MongoEpisodes() {
    }

    static MissingEpisodes episodes(ReactiveMongoTemplate mongo) {
        return new MongoMissingEpisodes(mongo, new Summaries(mongo, Summaries.EPISODES));
    }

    /** Each write of an episode is followed by its summary's (the cohort figures scan those; see {@link Summaries}). */
    private record MongoMissingEpisodes(ReactiveMongoTemplate mongo, Summaries summaries) implements MissingEpisodes {

        /**
         * The unique index on {@code openFor} decides between reports arriving at once: one insert
         * wins, every other report finds the winner and joins it. If the winner closed in between,
         * the report is tried once more as an opening.
         */
        @Override
        public Mono<MissingEpisode> openOrJoin(MissingEpisode report) {
            return attempt(report).switchIfEmpty(Mono.defer(() -> attempt(report)));
        }

        private Mono<MissingEpisode> attempt(MissingEpisode report) {
            return mongo.insert(EpisodeDocument.of(report))
                    .flatMap(stored -> summaries.write(stored).thenReturn(stored.toDomain()))
                    .onErrorResume(DuplicateKeyException.class, taken -> openFor(report.youngPersonId())
                            .flatMap(open -> change(open.id(), episode -> episode.joinedBy(report)))
                            // This report's own episode, no longer open: it stands as it is.
                            .switchIfEmpty(Mono.defer(() -> findById(report.id()))));
        }

        @Override
        public Mono<MissingEpisode> findById(String id) {
            return mongo.findById(id, EpisodeDocument.class).map(EpisodeDocument::toDomain);
        }

        @Override
        public Mono<MissingEpisode> change(String id, Function<MissingEpisode, MissingEpisode> change) {
            return Mono.defer(() -> findById(id).flatMap(current -> {
                        MissingEpisode changed = change.apply(current);
                        if (changed.equals(current)) {
                            return Mono.just(current);
                        }
                        MissingEpisode next = changed.withVersion(current.version() + 1);
                        Query unchanged = Query.query(Criteria.where("_id").is(id).and("version").is(current.version()));
                        EpisodeDocument stored = EpisodeDocument.of(next);
                        return mongo.findAndReplace(unchanged, stored)
                                .flatMap(previous -> summaries.write(stored).thenReturn(next))
                                .switchIfEmpty(Mono.error(new Conflict("The episode changed meanwhile")));
                    }))
                    .retryWhen(Retry.max(ATTEMPTS).filter(Conflict.class::isInstance)
                            .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
        }

        @Override
        public Flux<MissingEpisode> findByYoungPerson(String youngPersonId) {
            return mongo.find(Query.query(Criteria.where("youngPersonId").is(youngPersonId))
                            .with(Sort.by(Sort.Direction.DESC, "reportedAt")), EpisodeDocument.class)
                    .map(EpisodeDocument::toDomain);
        }

        @Override
        public Flux<MissingEpisode> findOpen() {
            return mongo.find(Query.query(Criteria.where("openFor").ne(null)), EpisodeDocument.class)
                    .map(EpisodeDocument::toDomain);
        }

        @Override
        public Flux<MissingEpisode> page(EpisodeFilter filter, Collection<String> onlyYoungPeople, int limit) {
            List<Criteria> all = new ArrayList<>();
            all.add(Criteria.where("organisationId").is(filter.organisationId()));
            if (!onlyYoungPeople.isEmpty()) {
                all.add(Criteria.where("youngPersonId").in(onlyYoungPeople));
            }
            if (filter.status() != null) {
                all.add(Criteria.where("status").is(filter.status().name()));
            }
            if (filter.whereabouts() != null) {
                all.add(Criteria.where("whereabouts").is(filter.whereabouts().name()));
            }
            if (filter.risk() != null) {
                all.add(Criteria.where("riskGrade").is(filter.risk().name()));
            }
            if (filter.outOfArea() != null) {
                all.add(Criteria.where("outOfArea").is(filter.outOfArea()));
            }
            if (filter.until() != null) {
                all.add(Criteria.where("startedAt").lt(filter.until()));
            }
            if (filter.from() != null) {
                all.add(new Criteria().orOperator(Criteria.where("endedAt").is(null),
                        Criteria.where("endedAt").gte(filter.from())));
            }
            if (filter.after() != null) {
                all.add(new Criteria().orOperator(Criteria.where("reportedAt").lt(filter.after().reportedAt()),
                        new Criteria().andOperator(Criteria.where("reportedAt").is(filter.after().reportedAt()),
                                Criteria.where("_id").lt(filter.after().id()))));
            }
            Query query = Query.query(new Criteria().andOperator(all.toArray(Criteria[]::new)))
                    .with(Sort.by(Sort.Direction.DESC, "reportedAt", "_id")).limit(limit);
            return mongo.find(query, EpisodeDocument.class).map(EpisodeDocument::toDomain);
        }

        @Override
        public Flux<MissingEpisode> overlapping(String organisationId, Instant from, Instant until) {
            Query query = Query.query(new Criteria().andOperator(
                    Criteria.where("organisationId").is(organisationId),
                    Criteria.where("startedAt").lt(until),
                    new Criteria().orOperator(Criteria.where("endedAt").is(null), Criteria.where("endedAt").gte(from))));
            return mongo.find(query, EpisodeDocument.class).map(EpisodeDocument::toDomain);
        }

        @Override
        public Flux<MissingEpisode> startedSince(String youngPersonId, Instant since) {
            return mongo.find(Query.query(Criteria.where("youngPersonId").is(youngPersonId)
                    .and("startedAt").gte(since)), EpisodeDocument.class).map(EpisodeDocument::toDomain);
        }

        private Mono<MissingEpisode> openFor(String youngPersonId) {
            return mongo.findOne(Query.query(Criteria.where("openFor").is(youngPersonId)), EpisodeDocument.class)
                    .map(EpisodeDocument::toDomain);
        }
    }

    static Timeline timeline(ReactiveMongoTemplate mongo) {
        return new Timeline() {
            @Override
            public Mono<TimelineEntry> add(TimelineEntry entry) {
                return mongo.insert(TimelineDocument.of(entry)).map(TimelineDocument::toDomain)
                        .onErrorResume(DuplicateKeyException.class, already ->
                                mongo.findById(entry.id(), TimelineDocument.class).map(TimelineDocument::toDomain));
            }

            @Override
            public Flux<TimelineEntry> of(String episodeId) {
                return mongo.find(Query.query(Criteria.where("episodeId").is(episodeId))
                                .with(Sort.by("at", "recordedAt")), TimelineDocument.class)
                        .map(TimelineDocument::toDomain);
            }
        };
    }

    static MissingPolicies policies(ReactiveMongoTemplate mongo, MissingPolicy defaults) {
        return new MissingPolicies() {
            @Override
            public Mono<MissingPolicy> save(String organisationId, MissingPolicy policy) {
                return mongo.save(PolicyDocument.of(organisationId, policy)).map(PolicyDocument::toDomain);
            }

            @Override
            public Mono<MissingPolicy> forOrganisation(String organisationId) {
                return mongo.findById(organisationId, PolicyDocument.class).map(PolicyDocument::toDomain)
                        .defaultIfEmpty(defaults);
            }
        };
    }

    static StrategyDiscussions discussions(ReactiveMongoTemplate mongo) {
        return new StrategyDiscussions() {
            @Override
            public Mono<StrategyDiscussion> flagUnlessDue(StrategyDiscussion flag) {
                return mongo.insert(DiscussionDocument.of(flag)).map(DiscussionDocument::toDomain)
                        .onErrorResume(DuplicateKeyException.class, due -> mongo.findOne(
                                        Query.query(Criteria.where("dueFor").is(flag.youngPersonId())),
                                        DiscussionDocument.class)
                                .switchIfEmpty(Mono.defer(() -> mongo.findById(flag.id(), DiscussionDocument.class)))
                                .map(DiscussionDocument::toDomain));
            }

            @Override
            public Mono<StrategyDiscussion> findById(String id) {
                return mongo.findById(id, DiscussionDocument.class).map(DiscussionDocument::toDomain);
            }

            @Override
            public Mono<StrategyDiscussion> save(StrategyDiscussion discussion) {
                return mongo.save(DiscussionDocument.of(discussion)).map(DiscussionDocument::toDomain);
            }

            @Override
            public Flux<StrategyDiscussion> findByYoungPerson(String youngPersonId) {
                return mongo.find(Query.query(Criteria.where("youngPersonId").is(youngPersonId))
                                .with(Sort.by(Sort.Direction.DESC, "flaggedAt")), DiscussionDocument.class)
                        .map(DiscussionDocument::toDomain);
            }

            @Override
            public Flux<StrategyDiscussion> dueFor(Collection<String> youngPersonIds) {
                return youngPersonIds.isEmpty() ? Flux.empty()
                        : mongo.find(Query.query(Criteria.where("dueFor").in(youngPersonIds)), DiscussionDocument.class)
                        .map(DiscussionDocument::toDomain);
            }
        };
    }
}
