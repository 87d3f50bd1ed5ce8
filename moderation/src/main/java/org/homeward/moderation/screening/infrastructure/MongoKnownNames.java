package org.homeward.moderation.screening.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.bson.Document;
import org.homeward.moderation.screening.KnownNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;

/**
 * Reads names straight from the people collections ({@code young_people}, {@code carers},
 * {@code workers}: fields {@code name} and {@code organisationId}). A stand-in until the people
 * feature implements {@link KnownNames} itself (mark that bean {@code @Primary}, or delete this one).
 */
class MongoKnownNames implements KnownNames {

    private static final List<String> COLLECTIONS = List.of("young_people", "carers", "workers");

    private final ReactiveMongoTemplate mongo;

    MongoKnownNames(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Flux<String> inOrganisation(String organisationId) {
        return Flux.fromIterable(COLLECTIONS).concatMap(collection -> names(collection, organisationId)).distinct();
    }

    private Flux<String> names(String collection, String organisationId) {
        Query people = query(where("organisationId").is(organisationId));
        people.fields().include("name");
        return mongo.find(people, Document.class, collection)
                .mapNotNull(person -> person.getString("name"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Wiring {
        @Bean
        KnownNames knownNames(ReactiveMongoTemplate mongo) {
            return new MongoKnownNames(mongo);
        }
    }
}
