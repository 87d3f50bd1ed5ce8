package org.homeward.api.quality.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.homeward.api.quality.Criterion;
import org.homeward.api.quality.Grade;
import org.homeward.api.quality.SampleSetting;

/** What the quality assurance endpoints accept. Lengths and completeness are checked by the domain, with the field named. */
final class QualityRequests {

    private QualityRequests() {
    }

    /** {@code percent} is required for {@code SAMPLE} and ignored for {@code ALL}. */
    record QualitySampleBody(@NotNull SampleSetting.Mode mode, @Min(0) @Max(100) Integer percent) {
    }

    record GradeBody(@NotNull Criterion criterion, @NotNull Grade grade, @NotNull @Size(min = 1, max = 2_000) String comment) {
    }

    /** Every one of the nine criteria graded once, and an overall summary. */
    record AssessmentBody(@NotNull @Size(min = 1, max = 9) List<@Valid @NotNull GradeBody> grades,
                          @NotNull @Size(min = 1, max = 4_000) String summary) {
    }

    record ReturnForAmendmentBody(@NotNull @Size(min = 1, max = 4_000) String reason) {
    }
}
