package org.homeward.content.library.infrastructure;

import java.time.Instant;

import org.homeward.content.library.ItemReport;
import org.homeward.content.library.ReportCategory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** How readers' favourites, "this helped" marks and reports are stored. */
final class LibraryDocuments {

    private LibraryDocuments() {
    }

    /** One per reader and item: the id is both, so saving twice keeps one. */
    @Document("content_favourites")
    record FavouriteDocument(@Id String id, @Indexed String readerUid, String itemId, Instant at) {
        static String idOf(String readerUid, String itemId) {
            return readerUid + ":" + itemId;
        }
    }

    @Document("content_helped")
    record HelpedDocument(@Id String id, String readerUid, @Indexed String itemId, Instant at) {
    }

    @Document("content_reports")
    record ReportDocument(@Id String id, @Indexed String itemId, int version, String reporterUid,
                          ReportCategory category, String note, String reviewableId, Instant at) {
        static ReportDocument of(ItemReport r) {
            return new ReportDocument(r.id(), r.itemId(), r.version(), r.reporterUid(), r.category(), r.note(),
                    r.reviewableId(), r.at());
        }

        ItemReport toDomain() {
            return new ItemReport(id, itemId, version, reporterUid, category, note, reviewableId, at);
        }
    }
}
