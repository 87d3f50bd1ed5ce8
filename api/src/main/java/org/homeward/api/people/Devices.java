package org.homeward.api.people;

import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The push-notification tokens of people's phones (FCM registration tokens). */
public interface Devices {
    Mono<Device> register(Device device);
    Mono<Boolean> remove(String personId, String token);
    Flux<Device> findByPeople(Collection<String> personIds);
}
