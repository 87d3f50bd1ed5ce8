package org.homeward.api.mapping.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Risk mapping's settings.
 *
 * @param matchThreshold     Jaro-Winkler similarity (0-1) from which two entities are put to a worker
 * @param unlinkedRetention  how long an entity with no link left is kept before it is deleted
 * @param hotspotWindow      the hotspot query's default window, back from now
 * @param noticeLimit        how many of a worker's newest notices are listed
 */
@ConfigurationProperties("homeward.mapping")
record MappingSettings(
        @DefaultValue("0.88") double matchThreshold,
        @DefaultValue("90d") Duration unlinkedRetention,
        @DefaultValue("28d") Duration hotspotWindow,
        @DefaultValue("100") int noticeLimit) {
}
