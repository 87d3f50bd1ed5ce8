package org.homeward.api.people.web;

import org.homeward.infra.web.ProblemResponse;
import org.homeward.infra.web.NoRoleRequired;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;

import jakarta.validation.Valid;
import org.homeward.api.people.InvitingUsers;
import org.homeward.api.people.RegisteringDevices;
import org.homeward.api.people.web.PeopleRequests.NewDevice;
import org.homeward.api.people.web.PeopleRequests.NewInvitation;
import org.homeward.api.people.web.PeopleViews.DeviceView;
import org.homeward.api.people.web.PeopleViews.InvitationView;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Sign-in accounts: inviting people, who am I, and the phones I receive alerts on. */
@Tag(name = "Accounts", description = "Who I am, my phones, and inviting people to the app")
@RestController
class AccountController {

    /** @param agencyId the partner agency of a {@code partner}, else null */
    record Me(String uid, String role, String organisationId, String personId, String agencyId) {
    }

    private final InvitingUsers invitations;
    private final RegisteringDevices devices;

    AccountController(InvitingUsers invitations, RegisteringDevices devices) {
        this.invitations = invitations;
        this.devices = devices;
    }

    @ProblemResponse(status = 409, description = "An account with that e-mail address already exists")

    @ProblemResponse(status = 404, description = "The person or organisation named is not one the caller may see")

    @Operation(operationId = "invitePerson", summary = "Invite a person: create their sign-in account with role claims and a link to set a password")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/invitations")
    Mono<ResponseEntity<InvitationView>> invite(@AuthenticationPrincipal Caller caller,
                                                @Valid @RequestBody NewInvitation request) {
        return Mono.defer(() -> invitations.invite(caller, request.email(), request.parsedRole(),
                        PeopleRequests.optional(request.organisationId()), PeopleRequests.optional(request.personId())))
                .map(InvitationView::of)
                .map(view -> ResponseEntity.created(URI.create("/invitations/" + view.uid())).body(view));
    }

    @NoRoleRequired
    @Operation(operationId = "getMe", summary = "Who am I: role, organisation and person from my token")
    @GetMapping("/me")
    Me me(@AuthenticationPrincipal Caller caller) {
        return new Me(caller.uid(), caller.role().map(Role::claim).orElse(null),
                caller.organisationId().orElse(null), caller.personId().orElse(null), caller.agencyId().orElse(null));
    }

    @ProblemResponse(status = 422, description = "The signed-in account is not linked to a person record")

    @Operation(operationId = "registerMyDevice", summary = "Register my phone for push notifications")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/me/devices")
    Mono<ResponseEntity<DeviceView>> registerDevice(@AuthenticationPrincipal Caller caller,
                                                    @Valid @RequestBody NewDevice request) {
        return Mono.defer(() -> devices.register(caller, request.token(), request.platform()))
                .map(DeviceView::of)
                .map(view -> ResponseEntity.status(201).body(view));
    }

    @Operation(operationId = "removeMyDevice", summary = "Stop push notifications to one of my phones")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/me/devices/{token}")
    Mono<ResponseEntity<Void>> removeDevice(@AuthenticationPrincipal Caller caller, @PathVariable String token) {
        return devices.remove(caller, token).thenReturn(ResponseEntity.noContent().<Void>build());
    }
}
