package org.homeward.api.quality;

import reactor.core.publisher.Mono;

/** Each organisation's sample setting; the service-wide default where it has none. */
public interface SampleSettings {

    Mono<SampleSetting> save(SampleSetting setting);

    Mono<SampleSetting> of(String organisationId);
}
