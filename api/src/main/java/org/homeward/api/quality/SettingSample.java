package org.homeward.api.quality;

import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** The organisation's managers set how many plain interviews are sampled (or all of them). */
public class SettingSample {

    private final QualityAccess access;
    private final SampleSettings settings;

    public SettingSample(QualityAccess access, SampleSettings settings) {
        this.access = access;
        this.settings = settings;
    }

    public Mono<SampleSetting> set(Caller caller, String organisationId, SampleSetting.Mode mode, Integer percent) {
        return access.requireManager(caller, organisationId)
                .then(Mono.fromCallable(() -> new SampleSetting(organisationId, mode, percent == null ? -1 : percent)))
                .flatMap(settings::save);
    }

    public Mono<SampleSetting> read(Caller caller, String organisationId) {
        return access.requireManager(caller, organisationId).then(settings.of(organisationId));
    }
}
