package org.homeward.content.library.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;

import org.homeward.content.library.Favourites;
import org.homeward.content.library.HelpedMarks;
import org.homeward.content.library.ItemReport;
import org.homeward.content.library.ItemReports;
import org.homeward.content.library.infrastructure.LibraryDocuments.FavouriteDocument;
import org.homeward.content.library.infrastructure.LibraryDocuments.HelpedDocument;
import org.homeward.content.library.infrastructure.LibraryDocuments.ReportDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Readers' marks in MongoDB; saving a mark twice keeps one (the id is reader and item). */
final class MongoLibrary {

    private MongoLibrary() {
    }

    static Favourites favourites(ReactiveMongoTemplate mongo) {
        return new Favourites() {
            @Override
            public Mono<Void> add(String readerUid, String itemId, Instant at) {
                return mongo.save(new FavouriteDocument(FavouriteDocument.idOf(readerUid, itemId), readerUid, itemId,
                        at)).then();
            }

            @Override
            public Mono<Void> remove(String readerUid, String itemId) {
                return mongo.remove(query(where("_id").is(FavouriteDocument.idOf(readerUid, itemId))),
                        FavouriteDocument.class).then();
            }

            @Override
            public Flux<String> itemIds(String readerUid) {
                return mongo.find(query(where("readerUid").is(readerUid)).with(Sort.by(Sort.Order.desc("at"))),
                        FavouriteDocument.class).map(FavouriteDocument::itemId);
            }
        };
    }

    static HelpedMarks helpedMarks(ReactiveMongoTemplate mongo) {
        return new HelpedMarks() {
            @Override
            public Mono<Void> mark(String readerUid, String itemId, Instant at) {
                return mongo.save(new HelpedDocument(readerUid + ":" + itemId, readerUid, itemId, at)).then();
            }

            @Override
            public Mono<Long> count(String itemId) {
                return mongo.count(query(where("itemId").is(itemId)), HelpedDocument.class);
            }
        };
    }

    static ItemReports itemReports(ReactiveMongoTemplate mongo) {
        return report -> mongo.insert(ReportDocument.of(report)).map(ReportDocument::toDomain);
    }
}
