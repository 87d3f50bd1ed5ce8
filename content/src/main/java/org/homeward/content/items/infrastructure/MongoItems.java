package org.homeward.content.items.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;

import org.homeward.content.items.AgeBand;
import org.homeward.content.items.Item;
import org.homeward.content.items.Items;
import org.homeward.content.items.Shelf;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class MongoItems implements Items {

    private final ReactiveMongoTemplate mongo;

    MongoItems(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Item> add(Item item) {
        return mongo.insert(ItemDocument.of(item, item.revision())).map(ItemDocument::toDomain);
    }

    @Override
    public Mono<Item> update(Item item) {
        ItemDocument next = ItemDocument.of(item, item.revision() + 1);
        Query unchanged = query(where("_id").is(item.id()).and("revision").is(item.revision()));
        return mongo.findAndReplace(unchanged, next).map(previous -> next.toDomain());
    }

    @Override
    public Mono<Item> findById(String id) {
        return mongo.findById(id, ItemDocument.class).map(ItemDocument::toDomain);
    }

    @Override
    public Flux<Item> byAuthor(String authorUid) {
        return mongo.find(query(where("authorUid").is(authorUid)).with(Sort.by(Sort.Order.desc("updatedAt"))),
                ItemDocument.class).map(ItemDocument::toDomain);
    }

    @Override
    public Flux<Item> published(Shelf shelf) {
        Criteria criteria = where("live").ne(null);
        shelf.topic().ifPresent(topic -> criteria.and("live.topics").is(topic));
        shelf.ageBand().ifPresent(band -> criteria.and("live.ageBand").in(band, AgeBand.ALL_AGES));
        if (!shelf.words().isEmpty()) {
            criteria.and("live.tokens").all(shelf.words());
        }
        Query shelfQuery = query(criteria).with(Sort.by(Sort.Order.desc("live.publishedAt"))).limit(shelf.limit());
        return mongo.find(shelfQuery, ItemDocument.class).map(ItemDocument::toDomain);
    }

    @Override
    public Flux<Item> publishedByIds(Collection<String> ids) {
        return mongo.find(query(where("_id").in(List.copyOf(ids)).and("live").ne(null)), ItemDocument.class)
                .map(ItemDocument::toDomain);
    }

    @Override
    public Mono<Boolean> mediaIsLive(String mediaId) {
        return mongo.exists(query(where("live.mediaIds").is(mediaId)), ItemDocument.class);
    }
}
