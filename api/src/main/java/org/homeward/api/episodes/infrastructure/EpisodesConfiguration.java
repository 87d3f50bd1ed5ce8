package org.homeward.api.episodes.infrastructure;

import java.time.Instant;
import java.util.List;

import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.episodes.ReportingMissingEpisode;
import org.homeward.infra.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Missing episodes in MongoDB. */
@Configuration(proxyBeanMethods = false)
class EpisodesConfiguration {

    /**
     * @param openFor the young person's id while the episode is open, absent once closed: its unique
     *                (sparse) index is what keeps a young person to one open episode, even when two
     *                reports arrive at once, and it finds that episode without scanning
     */
    @Document("missing_episodes")
    record EpisodeDocument(@Id String id, String organisationId, @Indexed String youngPersonId,
                           @Indexed(unique = true, sparse = true) String openFor, String reportedBy,
                           Instant reportedAt, MissingEpisode.LastKnownPlan lastKnownPlan,
                           List<String> helpRequestIds, String status) {
        static EpisodeDocument of(MissingEpisode e) {
            return new EpisodeDocument(e.id(), e.organisationId(), e.youngPersonId(),
                    e.isOpen() ? e.youngPersonId() : null, e.reportedBy(), e.reportedAt(), e.lastKnownPlan(),
                    e.helpRequestIds(), e.status().name());
        }

        MissingEpisode toDomain() {
            return new MissingEpisode(id, organisationId, youngPersonId, reportedBy, reportedAt, lastKnownPlan,
                    helpRequestIds, MissingEpisode.Status.valueOf(status));
        }
    }

    @Bean
    MissingEpisodes missingEpisodes(ReactiveMongoTemplate mongo) {
        return new MongoMissingEpisodes(mongo);
    }

    @Bean
    ReportingMissingEpisode reportingMissingEpisode(MissingEpisodes episodes, AuditLog audit) {
        return new ReportingMissingEpisode(episodes, audit);
    }

    private record MongoMissingEpisodes(ReactiveMongoTemplate mongo) implements MissingEpisodes {

        @Override
        public Mono<MissingEpisode> openOrJoin(MissingEpisode report) {
            return mongo.insert(EpisodeDocument.of(report))
                    .onErrorResume(DuplicateKeyException.class, taken -> openFor(report.youngPersonId())
                            .flatMap(open -> join(open, report))
                            // This report's own episode, no longer open: it stands as it is.
                            .switchIfEmpty(Mono.defer(() -> mongo.findById(report.id(), EpisodeDocument.class))))
                    .map(EpisodeDocument::toDomain);
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

        private Mono<EpisodeDocument> openFor(String youngPersonId) {
            return mongo.findOne(Query.query(Criteria.where("openFor").is(youngPersonId)), EpisodeDocument.class);
        }

        /** Adds what the report knows, each piece by an update of its own, so that joins never undo each other. */
        private Mono<EpisodeDocument> join(EpisodeDocument open, MissingEpisode report) {
            Mono<EpisodeDocument> withRequests = report.helpRequestIds().isEmpty() ? Mono.just(open)
                    : mongo.findAndModify(Query.query(Criteria.where("_id").is(open.id())),
                    new Update().addToSet("helpRequestIds").each(report.helpRequestIds().toArray()),
                    FindAndModifyOptions.options().returnNew(true), EpisodeDocument.class);
            if (report.lastKnownPlan() == null || open.lastKnownPlan() != null) {
                return withRequests;
            }
            return withRequests.flatMap(joined -> mongo.findAndModify(
                            Query.query(Criteria.where("_id").is(open.id()).and("lastKnownPlan").is(null)),
                            new Update().set("lastKnownPlan", report.lastKnownPlan()),
                            FindAndModifyOptions.options().returnNew(true), EpisodeDocument.class)
                    .defaultIfEmpty(joined));
        }
    }
}
