package org.homeward.api.duty.infrastructure;

import java.time.Instant;
import java.util.List;

import org.homeward.api.duty.DutyRota;
import org.homeward.api.duty.DutyRotas;
import org.homeward.api.duty.ManagingDutyRota;
import org.homeward.api.people.Stewardship;
import org.homeward.api.people.Workers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import reactor.core.publisher.Mono;

/** The duty rotas, one document per organisation. */
@Configuration(proxyBeanMethods = false)
class DutyConfiguration {

    @Document("duty_rotas")
    record RotaDocument(@Id String organisationId, List<ShiftDocument> shifts) {
        static RotaDocument of(DutyRota rota) {
            return new RotaDocument(rota.organisationId(), rota.shifts().stream()
                    .map(s -> new ShiftDocument(s.workerId(), s.from(), s.to())).toList());
        }

        DutyRota toDomain() {
            return new DutyRota(organisationId, shifts == null ? List.of() : shifts.stream()
                    .map(s -> new DutyRota.Shift(s.workerId(), s.from(), s.to())).toList());
        }
    }

    record ShiftDocument(String workerId, Instant from, Instant to) {
    }

    @Bean
    DutyRotas dutyRotas(ReactiveMongoTemplate mongo) {
        return new DutyRotas() {
            @Override
            public Mono<DutyRota> save(DutyRota rota) {
                return mongo.save(RotaDocument.of(rota)).map(RotaDocument::toDomain);
            }

            @Override
            public Mono<DutyRota> findByOrganisation(String organisationId) {
                return mongo.findById(organisationId, RotaDocument.class).map(RotaDocument::toDomain)
                        .defaultIfEmpty(new DutyRota(organisationId, List.of()));
            }
        };
    }

    @Bean
    ManagingDutyRota managingDutyRota(DutyRotas rotas, Workers workers, Stewardship stewardship) {
        return new ManagingDutyRota(rotas, workers, stewardship);
    }
}
