package org.homeward.api.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo run ({@code homeward.demo.*}).
 *
 * @param enabled     load the demo people and their accounts
 * @param lateReturn  at start-up, unless Amira already has a plan open, Sam sets her one that is due
 *                    back a few minutes later, so that a newcomer watches it fall overdue and climb the
 *                    ladder on the console's board
 * @param backInMinutes how long after start-up that plan is due back
 */
@ConfigurationProperties("homeward.demo")
record DemoSettings(@DefaultValue("false") boolean enabled, @DefaultValue("false") boolean lateReturn,
                    @DefaultValue("3") int backInMinutes) {
}
