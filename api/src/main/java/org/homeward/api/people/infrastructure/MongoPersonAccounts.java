package org.homeward.api.people.infrastructure;

import java.time.Instant;

import org.homeward.api.people.PersonAccount;
import org.homeward.api.people.PersonAccounts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

/** One document per person record with an account, keyed by the person's id: a second insert fails. */
final class MongoPersonAccounts implements PersonAccounts {

    @Document("person_accounts")
    record PersonAccountDocument(@Id String personId, String email, String role, String uid, String invitedBy,
                                 Instant invitedAt) {
        static PersonAccountDocument of(PersonAccount a) {
            return new PersonAccountDocument(a.personId(), a.email(), a.role(), a.uid(), a.invitedBy(), a.invitedAt());
        }

        PersonAccount toDomain() {
            return new PersonAccount(personId, email, role, uid, invitedBy, invitedAt);
        }
    }

    private final ReactiveMongoTemplate mongo;

    MongoPersonAccounts(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<PersonAccount> claim(PersonAccount account) {
        return mongo.insert(PersonAccountDocument.of(account)).map(PersonAccountDocument::toDomain)
                .onErrorResume(DuplicateKeyException.class, taken -> mongo.findById(account.personId(),
                        PersonAccountDocument.class).map(PersonAccountDocument::toDomain));
    }

    @Override
    public Mono<PersonAccount> save(PersonAccount account) {
        return mongo.save(PersonAccountDocument.of(account)).map(PersonAccountDocument::toDomain);
    }

    @Override
    public Mono<Void> release(PersonAccount account) {
        return mongo.remove(Query.query(Criteria.where("_id").is(account.personId()).and("email").is(account.email())
                        .and("uid").isNull()), PersonAccountDocument.class).then();
    }
}
