package org.homeward.api.people.web;

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
@RestController
class AccountController {

    record Me(String uid, String role, String organisationId, String personId) {
    }

    private final InvitingUsers invitations;
    private final RegisteringDevices devices;

    AccountController(InvitingUsers invitations, RegisteringDevices devices) {
        this.invitations = invitations;
        this.devices = devices;
    }

    @PostMapping("/invitations")
    Mono<ResponseEntity<InvitationView>> invite(@AuthenticationPrincipal Caller caller,
                                                @Valid @RequestBody NewInvitation request) {
        return Mono.defer(() -> invitations.invite(caller, request.email(), request.parsedRole(),
                        PeopleRequests.optional(request.organisationId()), PeopleRequests.optional(request.personId())))
                .map(InvitationView::of)
                .map(view -> ResponseEntity.created(URI.create("/invitations/" + view.uid())).body(view));
    }

    @GetMapping("/me")
    Me me(@AuthenticationPrincipal Caller caller) {
        return new Me(caller.uid(), caller.role().map(Role::claim).orElse(null),
                caller.organisationId().orElse(null), caller.personId().orElse(null));
    }

    @PostMapping("/me/devices")
    Mono<ResponseEntity<DeviceView>> registerDevice(@AuthenticationPrincipal Caller caller,
                                                    @Valid @RequestBody NewDevice request) {
        return Mono.defer(() -> devices.register(caller, request.token(), request.platform()))
                .map(DeviceView::of)
                .map(view -> ResponseEntity.status(201).body(view));
    }

    @DeleteMapping("/me/devices/{token}")
    Mono<ResponseEntity<Void>> removeDevice(@AuthenticationPrincipal Caller caller, @PathVariable String token) {
        return devices.remove(caller, token).thenReturn(ResponseEntity.noContent().<Void>build());
    }
}
