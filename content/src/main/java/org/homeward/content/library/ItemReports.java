package org.homeward.content.library;

import reactor.core.publisher.Mono;

public interface ItemReports {
    Mono<ItemReport> add(ItemReport report);
}
