package org.homeward.api.people;

import java.time.Clock;

import org.homeward.infra.errors.NotFound;
import org.homeward.infra.errors.RuleViolation;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** A signed-in person registers (or forgets) the push token of the phone they use. */
public class RegisteringDevices {

    private final Devices devices;
    private final Clock clock;

    public RegisteringDevices(Devices devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    public Mono<Device> register(Caller caller, String token, String platform) {
        String personId = caller.personId()
                .orElseThrow(() -> new RuleViolation("This account is not linked to a person record"));
        return devices.register(new Device(personId, token, platform, clock.instant()));
    }

    public Mono<Void> remove(Caller caller, String token) {
        return devices.remove(caller.personIdOrNone(), token)
                .filter(Boolean::booleanValue)
                .switchIfEmpty(Mono.error(new NotFound("device", "with that token")))
                .then();
    }
}
