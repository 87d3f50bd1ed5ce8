package org.homeward.infra.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class IdsTest {

    @Test
    void idsAreVersionFourUuidsAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = Ids.next();
            assertThat(UUID.fromString(id).version()).isEqualTo(4);
            assertThat(UUID.fromString(id).variant()).isEqualTo(2);
            seen.add(id);
        }
        assertThat(seen).hasSize(100_000);
    }

    @Test
    void idsAreMadeOnNonBlockingThreadsWithoutBlocking() {
        Ids.next(); // loaded (and seeded) here, as the application does at start-up
        StepVerifier.create(Flux.range(0, 1_000).parallel().runOn(Schedulers.parallel()).map(i -> Ids.next())
                        .sequential().collectList())
                .assertNext(ids -> assertThat(new HashSet<>(ids)).hasSize(1_000))
                .expectComplete()
                .verify(Duration.ofSeconds(30));
    }
}
