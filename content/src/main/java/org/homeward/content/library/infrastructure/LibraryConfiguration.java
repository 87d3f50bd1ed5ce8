package org.homeward.content.library.infrastructure;

import java.time.Clock;

import org.homeward.content.items.Items;
import org.homeward.content.library.Browsing;
import org.homeward.content.library.Favourites;
import org.homeward.content.library.HelpedMarks;
import org.homeward.content.library.ItemReports;
import org.homeward.content.library.KeepingFavourites;
import org.homeward.content.library.MarkingHelpful;
import org.homeward.content.library.ReportingItems;
import org.homeward.content.library.ServingMedia;
import org.homeward.content.media.MediaFiles;
import org.homeward.moderation.review.ReceivingReports;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class LibraryConfiguration {

    @Bean Favourites favourites(ReactiveMongoTemplate mongo) { return MongoLibrary.favourites(mongo); }
    @Bean HelpedMarks helpedMarks(ReactiveMongoTemplate mongo) { return MongoLibrary.helpedMarks(mongo); }
    @Bean ItemReports itemReports(ReactiveMongoTemplate mongo) { return MongoLibrary.itemReports(mongo); }

    @Bean
    Browsing browsing(Items items) {
        return new Browsing(items);
    }

    @Bean
    KeepingFavourites keepingFavourites(Favourites favourites, Browsing browsing, Items items, Clock clock) {
        return new KeepingFavourites(favourites, browsing, items, clock);
    }

    @Bean
    MarkingHelpful markingHelpful(HelpedMarks marks, Browsing browsing, Clock clock) {
        return new MarkingHelpful(marks, browsing, clock);
    }

    @Bean
    ReportingItems reportingItems(Browsing browsing, ReceivingReports moderation, ItemReports reports, Clock clock) {
        return new ReportingItems(browsing, moderation, reports, clock);
    }

    @Bean
    ServingMedia servingMedia(MediaFiles files, Items items) {
        return new ServingMedia(files, items);
    }
}
