package org.homeward.api.duty.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import static org.homeward.infra.identity.AccessRules.roles;
import static org.homeward.infra.identity.Role.ADMIN;
import static org.homeward.infra.identity.Role.MANAGER;
import static org.homeward.infra.identity.Role.WORKER;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.homeward.api.duty.DutyRota;
import org.homeward.api.duty.ManagingDutyRota;
import org.homeward.infra.identity.AccessRules;
import org.homeward.infra.identity.Caller;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The organisation's duty rota: who is called at step 4 of the ladder. */
@Tag(name = "Duty rota", description = "Who is on duty for step 4 of the late-return ladder")
@RestController
class DutyController {

    record ShiftRequest(@NotBlank @Size(max = 64) String workerId, @NotNull Instant from, @NotNull Instant to) {
    }

    record RotaRequest(@NotNull @Size(max = DutyRota.MAX_SHIFTS) List<@NotNull @Valid ShiftRequest> shifts) {
    }

    record RotaView(String organisationId, List<DutyRota.Shift> shifts) {
        static RotaView of(DutyRota rota) {
            return new RotaView(rota.organisationId(), rota.shifts());
        }
    }

    private final ManagingDutyRota rotas;

    DutyController(ManagingDutyRota rotas) {
        this.rotas = rotas;
    }

    @Operation(operationId = "setDutyRota", summary = "Replace the organisation's duty rota (who is called at step 4 of the ladder)")
    @PutMapping("/organisations/{id}/duty-rota")
    Mono<RotaView> set(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                       @Valid @RequestBody RotaRequest request) {
        return rotas.set(caller, id, request.shifts().stream()
                .map(shift -> new DutyRota.Shift(shift.workerId(), shift.from(), shift.to())).toList())
                .map(RotaView::of);
    }

    @Operation(operationId = "getDutyRota", summary = "Read the organisation's duty rota")
    @GetMapping("/organisations/{id}/duty-rota")
    Mono<RotaView> read(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return rotas.read(caller, id).map(RotaView::of);
    }

    @Configuration(proxyBeanMethods = false)
    static class Rules {
        @Bean
        AccessRules dutyAccessRules() {
            return exchanges -> exchanges
                    .pathMatchers(HttpMethod.PUT, "/organisations/*/duty-rota").hasAnyRole(roles(ADMIN, MANAGER))
                    .pathMatchers(HttpMethod.GET, "/organisations/*/duty-rota").hasAnyRole(roles(ADMIN, MANAGER, WORKER));
        }
    }
}
