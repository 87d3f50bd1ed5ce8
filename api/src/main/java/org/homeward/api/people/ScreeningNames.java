package org.homeward.api.people;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;

import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.audit.SystemEntry;
import org.homeward.infra.ids.Ids;
import org.homeward.moderation.screening.KnownNames;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Moderation's {@link KnownNames} port, answered from the people records: the names (and young
 * people's preferred names) of everyone the organisation holds, so that material naming a real child,
 * carer or worker is flagged. Reading a child's name is reading their record, so each young person
 * whose name is read is audited first, as the system (moderation reads for no person), with ids only:
 * what was screened, never the name or the material.
 */
public class ScreeningNames implements KnownNames {

    static final String ACTION = "moderation.screening.names";
    private static final int AUDIT_CONCURRENCY = 8;

    private final YoungPeople youngPeople;
    private final Carers carers;
    private final Workers workers;
    private final AuditLog audit;
    private final Clock clock;

    public ScreeningNames(YoungPeople youngPeople, Carers carers, Workers workers, AuditLog audit, Clock clock) {
        this.youngPeople = youngPeople;
        this.carers = carers;
        this.workers = workers;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Flux<String> forScreening(String organisationId, String screening) {
        return Flux.defer(() -> {
            String read = Ids.next();
            Flux<String> children = youngPeople.findByOrganisation(organisationId)
                    .flatMapSequential(youngPerson -> audited(youngPerson, read, screening), AUDIT_CONCURRENCY)
                    .flatMapIterable(youngPerson -> Stream.of(youngPerson.name(), youngPerson.preferredName())
                            .filter(name -> name != null).toList());
            Flux<String> staff = Flux.concat(carers.findByOrganisation(organisationId).map(Carer::name),
                    workers.findByOrganisation(organisationId).map(Worker::name));
            return Flux.concat(children, staff).distinct();
        });
    }

    private Mono<YoungPerson> audited(YoungPerson youngPerson, String read, String screening) {
        return audit.record(new SystemEntry("screening-names:" + read + ":" + youngPerson.id(), ACTION,
                        youngPerson.id(), youngPerson.id(), "name read to screen material for publication",
                        Map.of("screening", screening, "organisationId", youngPerson.organisationId()),
                        clock.instant()))
                .thenReturn(youngPerson);
    }
}
