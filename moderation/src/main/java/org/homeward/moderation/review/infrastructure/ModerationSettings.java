package org.homeward.moderation.review.infrastructure;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code homeward.moderation.*}.
 *
 * @param harmfulTerms words and phrases that screening flags (whole words, any case)
 * @param claimLease   how long a moderator's claim on an item lasts
 * @param phoneRegion  the region in which phone numbers without a country code are read
 * @param redeliveryEvery how often decisions that could not be delivered are tried again
 * @param redeliveryGrace how old an undelivered decision must be before it is tried again
 */
@ConfigurationProperties("homeward.moderation")
public record ModerationSettings(@DefaultValue List<String> harmfulTerms,
                                 @DefaultValue("15m") Duration claimLease,
                                 @DefaultValue("GB") String phoneRegion,
                                 @DefaultValue("1m") Duration redeliveryEvery,
                                 @DefaultValue("30s") Duration redeliveryGrace) {
}
