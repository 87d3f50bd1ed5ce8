package org.homeward.api.insight.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.homeward.api.insight.Figure;
import org.homeward.api.insight.ListingChildrenForInspectors;
import org.homeward.api.insight.ListingCohortChildren;
import org.homeward.api.insight.ReadingCohortFigures;
import org.homeward.infra.identity.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Cohort insight for an organisation's managers: the figures for a period beside the period before,
 * the children behind each figure, and the inspectors' list, as JSON or CSV (RFC 4180, one row per
 * child). Everyone else: 403 (another role) or 404 (a manager of another organisation).
 */
@Tag(name = "Cohort insight", description = "Figures about the organisation's missing children for a period, "
        + "compared with the period before, with the children behind each figure (managers only)")
@RestController
class InsightController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ReadingCohortFigures figures;
    private final ListingCohortChildren children;
    private final ListingChildrenForInspectors inspection;

    InsightController(ReadingCohortFigures figures, ListingCohortChildren children,
                      ListingChildrenForInspectors inspection) {
        this.figures = figures;
        this.children = children;
        this.inspection = inspection;
    }

    @Operation(operationId = "getCohortInsight", summary = "Every cohort figure for the days [from, to) in the "
            + "organisation's zone, beside the same figures for the period of equal length before it")
    @GetMapping("/organisations/{id}/insight")
    Mono<ReadingCohortFigures.CohortReport> figures(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                              @Parameter(required = true, description = "The first day of the period (yyyy-mm-dd)") @RequestParam(required = false) LocalDate from,
                                              @Parameter(required = true, description = "The day after the period (yyyy-mm-dd), at most 731 days after from") @RequestParam(required = false) LocalDate to) {
        return Mono.defer(() -> figures.read(caller, id, from, to));
    }

    @Operation(operationId = "listCohortChildren", summary = "The children behind one figure of the period "
            + "(each audited); value names the hour, weekday, grade, reason, factor or domain where the figure needs one")
    @GetMapping("/organisations/{id}/insight/children")
    Mono<ListingCohortChildren.CohortChildList> children(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                                 @Parameter(required = true, description = "The first day of the period (yyyy-mm-dd)") @RequestParam(required = false) LocalDate from,
                                                 @Parameter(required = true, description = "The day after the period (yyyy-mm-dd), at most 731 days after from") @RequestParam(required = false) LocalDate to,
                                                 @Parameter(required = true, description = "The figure whose children to list") @RequestParam(required = false) Figure figure,
                                                 @Parameter(description = "Which hour (0-23), weekday (MONDAY...), grade, decline reason, factor or domain, for the figures that need one") @RequestParam(required = false) String value) {
        return Mono.defer(() -> children.list(caller, id, from, to, figure, value));
    }

    @ApiResponse(responseCode = "200", description = "One row per child: child,name,localChildId,count",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @Operation(operationId = "exportCohortChildren", summary = "The children behind one figure as CSV (each audited)")
    @GetMapping(value = "/organisations/{id}/insight/children.csv", produces = "text/csv")
    Mono<ResponseEntity<String>> childrenCsv(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                             @Parameter(required = true, description = "The first day of the period (yyyy-mm-dd)") @RequestParam(required = false) LocalDate from,
                                             @Parameter(required = true, description = "The day after the period (yyyy-mm-dd), at most 731 days after from") @RequestParam(required = false) LocalDate to,
                                             @Parameter(required = true, description = "The figure whose children to list") @RequestParam(required = false) Figure figure,
                                             @Parameter(description = "Which hour (0-23), weekday (MONDAY...), grade, decline reason, factor or domain, for the figures that need one") @RequestParam(required = false) String value) {
        return Mono.defer(() -> children.list(caller, id, from, to, figure, value))
                .map(listing -> csv("cohort-" + listing.figure().name().toLowerCase() + "-" + from + "-" + to,
                        List.of("child", "name", "localChildId", "count"),
                        listing.children().stream().map(row -> List.<Object>of(row.youngPersonId(), text(row.name()),
                                text(row.localChildId()), row.count())).toList()));
    }

    @Operation(operationId = "listChildrenForInspectors", summary = "One row per child who went missing in the "
            + "period: episode counts, and whether an interview was offered and accepted after the last episode")
    @GetMapping("/organisations/{id}/insight/inspection")
    Mono<ListingChildrenForInspectors.InspectionList> inspection(@AuthenticationPrincipal Caller caller,
                                                          @PathVariable String id,
                                                          @Parameter(required = true, description = "The first day of the period (yyyy-mm-dd)") @RequestParam(required = false) LocalDate from,
                                                          @Parameter(required = true, description = "The day after the period (yyyy-mm-dd), at most 731 days after from") @RequestParam(required = false) LocalDate to) {
        return Mono.defer(() -> inspection.list(caller, id, from, to));
    }

    @ApiResponse(responseCode = "200", description = "One row per child: child,localChildId,name,dateOfBirth,"
            + "legalStatus,episodes,missingEpisodes,awayEpisodes,lastStarted,lastEnded,interviewOffered,"
            + "interviewAccepted,interviewHeld",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @Operation(operationId = "exportChildrenForInspectors", summary = "The inspectors' list as CSV (each child audited)")
    @GetMapping(value = "/organisations/{id}/insight/inspection.csv", produces = "text/csv")
    Mono<ResponseEntity<String>> inspectionCsv(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                               @Parameter(required = true, description = "The first day of the period (yyyy-mm-dd)") @RequestParam(required = false) LocalDate from,
                                               @Parameter(required = true, description = "The day after the period (yyyy-mm-dd), at most 731 days after from") @RequestParam(required = false) LocalDate to) {
        return Mono.defer(() -> inspection.list(caller, id, from, to))
                .map(listing -> csv("inspection-" + from + "-" + to,
                        List.of("child", "localChildId", "name", "dateOfBirth", "legalStatus", "episodes",
                                "missingEpisodes", "awayEpisodes", "lastStarted", "lastEnded", "interviewOffered",
                                "interviewAccepted", "interviewHeld"),
                        listing.children().stream().map(row -> List.<Object>of(row.youngPersonId(),
                                text(row.localChildId()), text(row.name()), text(row.dateOfBirth()),
                                text(row.legalStatus()), row.episodes(), row.missingEpisodes(), row.awayEpisodes(),
                                text(row.lastStartedAt()), text(row.lastEndedAt()), yesNo(row.interviewOffered()),
                                yesNo(row.interviewAccepted()), yesNo(row.interviewHeld()))).toList()));
    }

    private static ResponseEntity<String> csv(String name, List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".csv").build()
                        .toString())
                .body(out.toString());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
