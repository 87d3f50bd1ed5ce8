package org.homeward.content.items.infrastructure;

import java.time.Clock;

import org.homeward.content.items.ApplyingDecisions;
import org.homeward.content.items.DraftingItems;
import org.homeward.content.items.Items;
import org.homeward.content.items.RevisingItems;
import org.homeward.content.items.SubmittingItems;
import org.homeward.content.items.ViewingItems;
import org.homeward.content.media.MediaFiles;
import org.homeward.moderation.review.SubmittingForPublication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Wires the items feature; {@link ApplyingDecisions} is how moderation's decisions reach content. */
@Configuration(proxyBeanMethods = false)
class ItemsConfiguration {

    @Bean
    Items items(ReactiveMongoTemplate mongo) {
        return new MongoItems(mongo);
    }

    @Bean
    DraftingItems draftingItems(Items items, MediaFiles files, Clock clock) {
        return new DraftingItems(items, files, clock);
    }

    @Bean
    RevisingItems revisingItems(Items items, MediaFiles files, Clock clock) {
        return new RevisingItems(items, files, clock);
    }

    @Bean
    SubmittingItems submittingItems(Items items, SubmittingForPublication moderation, Clock clock) {
        return new SubmittingItems(items, moderation, clock);
    }

    @Bean
    ViewingItems viewingItems(Items items) {
        return new ViewingItems(items);
    }

    @Bean
    ApplyingDecisions applyingDecisions(Items items) {
        return new ApplyingDecisions(items);
    }
}
