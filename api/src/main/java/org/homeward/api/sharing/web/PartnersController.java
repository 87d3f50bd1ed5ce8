package org.homeward.api.sharing.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.homeward.api.sharing.LinkingSchools;
import org.homeward.api.sharing.ListingDisclosures;
import org.homeward.api.sharing.RegisteringPartners;
import org.homeward.api.sharing.ReportingMissingFromSchool;
import org.homeward.api.sharing.web.SharingViews.PartnerAgencyView;
import org.homeward.api.sharing.web.SharingViews.DisclosureView;
import org.homeward.api.sharing.web.SharingViews.PartnerMemberView;
import org.homeward.api.sharing.web.SharingViews.NewPartnerAgency;
import org.homeward.api.sharing.web.SharingViews.NewPartnerMember;
import org.homeward.api.sharing.web.SharingViews.SharingPolicyBody;
import org.homeward.api.sharing.web.SharingViews.SchoolLinkBody;
import org.homeward.api.sharing.web.SharingViews.SchoolReportBody;
import org.homeward.api.sharing.web.SharingViews.SchoolReportView;
import org.homeward.api.sharing.web.SharingViews.SchoolLinkView;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Partner agencies, their members and policies, which school a child attends, a school's report that a
 * pupil is missing from school, and the record of what was shared about a child.
 */
@Tag(name = "Partner agencies", description = "Partner agencies and their members, sharing policies, schools, "
        + "reports of a child missing from school, and the record of what was shared about a child")
@RestController
class PartnersController {

    private final RegisteringPartners partners;
    private final LinkingSchools schools;
    private final ReportingMissingFromSchool missingFromSchool;
    private final ListingDisclosures disclosures;

    PartnersController(RegisteringPartners partners, LinkingSchools schools,
                       ReportingMissingFromSchool missingFromSchool, ListingDisclosures disclosures) {
        this.partners = partners;
        this.schools = schools;
        this.missingFromSchool = missingFromSchool;
        this.disclosures = disclosures;
    }

    @Operation(operationId = "registerPartnerAgency", summary = "Register a partner agency of the organisation (managers); its policy starts as its kind's defaults")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/organisations/{id}/partner-agencies")
    Mono<ResponseEntity<PartnerAgencyView>> register(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                              @Valid @RequestBody NewPartnerAgency body) {
        return partners.register(caller, id, body.name(), body.kind()).map(PartnerAgencyView::of)
                .map(view -> ResponseEntity.created(URI.create("/partner-agencies/" + view.id())).body(view));
    }

    @Operation(operationId = "listPartnerAgencies", summary = "The organisation's partner agencies, by name (managers and workers)")
    @GetMapping("/organisations/{id}/partner-agencies")
    Flux<PartnerAgencyView> list(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return partners.list(caller, id).map(PartnerAgencyView::of);
    }

    @Operation(operationId = "getPartnerAgency", summary = "A partner agency and its sharing policy (the organisation's staff; a partner their own)")
    @GetMapping("/partner-agencies/{id}")
    Mono<PartnerAgencyView> read(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return partners.read(caller, id).map(PartnerAgencyView::of);
    }

    @Operation(operationId = "setSharingPolicy", summary = "Set the sections of a meeting pack the agency sees (managers); no sections: its kind's defaults")
    @PutMapping("/partner-agencies/{id}/policy")
    Mono<PartnerAgencyView> policy(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                            @Valid @RequestBody SharingPolicyBody body) {
        return partners.setPolicy(caller, id, body.sections()).map(PartnerAgencyView::of);
    }

    @Operation(operationId = "addPartnerMember", summary = "Add a member of a partner agency (managers); invite them with role partner and this id as personId")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/partner-agencies/{id}/members")
    Mono<ResponseEntity<PartnerMemberView>> addMember(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                               @Valid @RequestBody NewPartnerMember body) {
        return partners.addMember(caller, id, body.name()).map(PartnerMemberView::of)
                .map(view -> ResponseEntity.status(HttpStatus.CREATED).body(view));
    }

    @Operation(operationId = "removePartnerMember", summary = "A member leaves the agency (managers): from this moment their account sees nothing of it")
    @DeleteMapping("/partner-agencies/{id}/members/{memberId}")
    Mono<PartnerMemberView> removeMember(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                         @PathVariable String memberId) {
        return partners.removeMember(caller, id, memberId).map(PartnerMemberView::of);
    }

    @Operation(operationId = "listPartnerMembers", summary = "The members of a partner agency (managers)")
    @GetMapping("/partner-agencies/{id}/members")
    Flux<PartnerMemberView> members(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return partners.members(caller, id).map(PartnerMemberView::of);
    }

    @ProblemResponse(status = 400, description = "agencyId names no education partner agency of the organisation")
    @Operation(operationId = "setSchool", summary = "Record the school or college a child attends: an education partner agency (the child's workers, managers)")
    @PutMapping("/young-people/{id}/school")
    Mono<SchoolLinkView> setSchool(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                               @Valid @RequestBody SchoolLinkBody body) {
        return schools.link(caller, id, body.agencyId()).map(SchoolLinkView::of);
    }

    @Operation(operationId = "getSchool", summary = "The school or college a child attends (whoever may see the child)")
    @GetMapping("/young-people/{id}/school")
    Mono<SchoolLinkView> school(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return schools.read(caller, id).map(SchoolLinkView::of);
    }

    @ApiResponse(responseCode = "201", description = "A new episode was opened",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SchoolReportView.class)))
    @ApiResponse(responseCode = "200", description = "The child's open episode, which this report joined",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SchoolReportView.class)))
    @Operation(operationId = "reportMissingFromSchool", summary = "A school reports its pupil missing from school: opens the child's missing episode (201) or joins the open one (200)")
    @PostMapping("/young-people/{id}/missing-from-school")
    Mono<ResponseEntity<SchoolReportView>> missingFromSchool(@AuthenticationPrincipal Caller caller,
                                                             @PathVariable String id,
                                                             @Valid @RequestBody SchoolReportBody body) {
        return Mono.defer(() -> missingFromSchool.report(caller, id, body.lastSeenAt(), body.note()))
                .map(reported -> ResponseEntity.status(reported.opened() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(SchoolReportView.of(reported)));
    }

    @Operation(operationId = "listDisclosures", summary = "Everything shared about a child with partner agencies, newest first (the child's workers, managers)")
    @GetMapping("/young-people/{id}/disclosures")
    Flux<DisclosureView> disclosures(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return disclosures.ofYoungPerson(caller, id).map(DisclosureView::of);
    }
}
