package org.homeward.api.board.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The "Now" board ({@code homeward.board.*}).
 *
 * @param pollInterval   how often each instance re-reads the board's source while someone on it watches
 *                       (a change reaches the watchers within about this long)
 * @param ticketLifetime how long a stream ticket may wait before it is used
 * @param streamLifetime a live board closes after this long; the console opens a new one with a fresh
 *                       ticket, which needs a token that can still be refreshed
 * @param heartbeat      how often an idle stream sends the server's time (keeps proxies from closing it)
 */
@ConfigurationProperties("homeward.board")
public record BoardSettings(
        @DefaultValue("300ms") Duration pollInterval,
        @DefaultValue("30s") Duration ticketLifetime,
        @DefaultValue("15m") Duration streamLifetime,
        @DefaultValue("15s") Duration heartbeat) {
}
