package org.homeward.api.plans.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.homeward.api.plans.CheckIn;

/** What the plan endpoints accept. Times are local wall-clock times in the young person's zone. */
final class PlanRequests {

    private PlanRequests() {
    }

    /** A proposal by the young person (backBy may be left out under a standing agreement), or a plan a carer sets. */
    record NewPlan(@Size(max = 64) String youngPersonId, @NotBlank @Size(max = 200) String where,
                   @Size(max = 200) String withWhom, LocalDateTime leavingAt, LocalDateTime backBy) {
    }

    record CounterProposal(@NotNull LocalDateTime backBy) {
    }

    record NewCheckIn(@NotNull CheckIn.Kind kind, Instant deviceTime, @Valid LocationRequest location,
                      @Min(1) @Max(240) Integer minutes) {
    }

    record LocationRequest(@NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
                           @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
                           @PositiveOrZero Double accuracyMetres) {
        CheckIn.Location toDomain() {
            return new CheckIn.Location(latitude, longitude, accuracyMetres);
        }
    }

    record Rules(LocalTime schoolNightsBackBy, LocalTime weekendsBackBy,
                 @NotNull @Min(0) @Max(240) Integer automaticExtensionUpTo) {
    }
}
