package org.homeward.api.episodes.infrastructure;

import java.time.Instant;

import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.MissingEpisodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Missing episodes in MongoDB. */
@Configuration(proxyBeanMethods = false)
class EpisodesConfiguration {

    @Document("missing_episodes")
    record EpisodeDocument(@Id String id, String organisationId, @Indexed String youngPersonId, String reportedBy,
                           Instant reportedAt, MissingEpisode.LastKnownPlan lastKnownPlan, String status) {
        static EpisodeDocument of(MissingEpisode e) {
            return new EpisodeDocument(e.id(), e.organisationId(), e.youngPersonId(), e.reportedBy(), e.reportedAt(),
                    e.lastKnownPlan(), e.status().name());
        }

        MissingEpisode toDomain() {
            return new MissingEpisode(id, organisationId, youngPersonId, reportedBy, reportedAt, lastKnownPlan,
                    MissingEpisode.Status.valueOf(status));
        }
    }

    @Bean
    MissingEpisodes missingEpisodes(ReactiveMongoTemplate mongo) {
        return new MissingEpisodes() {
            @Override
            public Mono<MissingEpisode> open(MissingEpisode episode) {
                return mongo.insert(EpisodeDocument.of(episode)).map(EpisodeDocument::toDomain)
                        .onErrorResume(DuplicateKeyException.class, duplicate ->
                                mongo.findById(episode.id(), EpisodeDocument.class).map(EpisodeDocument::toDomain));
            }

            @Override
            public Flux<MissingEpisode> findByYoungPerson(String youngPersonId) {
                return mongo.find(Query.query(Criteria.where("youngPersonId").is(youngPersonId))
                        .with(Sort.by(Sort.Direction.DESC, "reportedAt")), EpisodeDocument.class)
                        .map(EpisodeDocument::toDomain);
            }
        };
    }
}
