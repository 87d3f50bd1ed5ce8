package org.homeward.api.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.homeward.api.EndToEndTest;
import org.homeward.infra.testing.EmulatorUsers;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The people story over real HTTP with emulator-issued tokens. */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleEndToEndTest {

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;

    PeopleWorld world;

    @BeforeAll
    void world() {
        world = PeopleWorld.in(context);
    }

    @Test
    void aManagerRegistersAChildPlacesThemAndTheCarerAndWorkerThenSeeThem() {
        String organisation = world.orgA;
        Map<?, ?> child = http.post().uri("/young-people").header("Authorization", world.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("organisationId", organisation, "name", "Casey Newton", "dateOfBirth", "2012-02-03",
                        "placementAddress", "5 Birch Lane"))
                .exchange().expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/young-people/.+")
                .expectBody(Map.class).returnResult().getResponseBody();
        String childId = (String) child.get("id");
        assertThat(child.get("homeZone")).isEqualTo("Europe/London");

        // Not yet placed: the carer has no relationship, so the child "does not exist" for them.
        http.get().uri("/young-people/{id}", childId).header("Authorization", world.carerOfA1.bearer())
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://homeward.app/problems/not-found")
                .jsonPath("$.name").doesNotExist();

        http.post().uri("/placements").header("Authorization", world.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("youngPersonId", childId, "carerIds", List.of(world.carerA1), "from", "2026-03-01"))
                .exchange().expectStatus().isCreated();
        http.post().uri("/caseloads").header("Authorization", world.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("workerId", world.workerA1, "youngPersonId", childId))
                .exchange().expectStatus().isCreated();

        http.get().uri("/young-people/{id}", childId).header("Authorization", world.carerOfA1.bearer())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("Casey Newton");
        http.get().uri("/young-people").header("Authorization", world.workerOfA1.bearer())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$[?(@.id=='" + childId + "')]").exists();
        // A teammate sees the team's caseload; a worker in another team does not.
        http.get().uri("/young-people/{id}", childId).header("Authorization", world.teammateOfWorkerA1.bearer())
                .exchange().expectStatus().isOk();
        http.get().uri("/young-people/{id}", childId).header("Authorization", world.workerOfA2.bearer())
                .exchange().expectStatus().isNotFound();
        http.get().uri("/young-people/{id}/carers", childId).header("Authorization", world.workerOfA1.bearer())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$[0].id").isEqualTo(world.carerA1);

        // Every read and change is in the audit log, which the child's own worker can read.
        http.get().uri("/young-people/{id}/audit", childId).header("Authorization", world.workerOfA1.bearer())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.action=='young-person.create')]").exists()
                .jsonPath("$.items[?(@.action=='young-person.read' && @.actorRole=='carer')]").exists()
                .jsonPath("$.items[?(@.action=='placement.create')]").exists();
        // ... but the carer cannot, and the audit log cannot be changed or deleted through the API.
        http.get().uri("/young-people/{id}/audit", childId).header("Authorization", world.carerOfA1.bearer())
                .exchange().expectStatus().isForbidden();
        http.delete().uri("/young-people/{id}/audit", childId).header("Authorization", world.managerOfA.bearer())
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aYoungPersonReadsAndCorrectsTheirOwnProfileButNotTheirDateOfBirth() {
        http.get().uri("/young-people").header("Authorization", world.youngPersonA2.bearer())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].id").isEqualTo(world.ypA2);
        http.patch().uri("/young-people/{id}", world.ypA2).header("Authorization", world.youngPersonA2.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("preferredName", "Ash"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.preferredName").isEqualTo("Ash");
        http.patch().uri("/young-people/{id}", world.ypA2).header("Authorization", world.youngPersonA2.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("dateOfBirth", "2001-01-01"))
                .exchange().expectStatus().isForbidden();
        http.patch().uri("/young-people/{id}", world.ypA1).header("Authorization", world.youngPersonA2.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("preferredName", "Nope"))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void aManagerInvitesACarerWhoSignsInWithTheClaimsHomewardSet() {
        String email = "new.carer." + System.nanoTime() + "@test.homeward";
        Map<?, ?> invitation = http.post().uri("/invitations").header("Authorization", world.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "role", "carer", "organisationId", world.orgA,
                        "personId", world.carerA2))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(invitation.get("setupLink")).as("e-mailed to the carer, not shown to the manager").isNull();
        String code = TestAuthEmulator.users().mailedSetupCode(email).orElseThrow();
        String token = TestAuthEmulator.users().setPasswordAndSignIn(email, code, "chosen-" + System.nanoTime());
        assertThat(http.get().uri("/me").header("Authorization", "Bearer " + token).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody())
                .containsEntry("role", "carer").containsEntry("personId", world.carerA2);

        // Taken up, the same address again is a conflict; another organisation's person is refused; admins
        // only by admins.
        http.post().uri("/invitations").header("Authorization", world.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "role", "carer", "organisationId", world.orgA,
                        "personId", world.carerA2))
                .exchange().expectStatus().isEqualTo(409);
        http.post().uri("/invitations").header("Authorization", world.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "x" + email, "role", "carer", "organisationId", world.orgB,
                        "personId", world.carerB1))
                .exchange().expectStatus().isNotFound();
        http.post().uri("/invitations").header("Authorization", world.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "y" + email, "role", "admin"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aCarerRegistersTheirPhoneForPushAlerts() {
        http.post().uri("/me/devices").header("Authorization", world.carerOfA1.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("token", "fcm-token-1", "platform", "android"))
                .exchange().expectStatus().isCreated();
        http.post().uri("/me/devices").header("Authorization", world.carerOfA1.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("token", "fcm-token-1", "platform", "android"))
                .exchange().expectStatus().isCreated();
        assertThat(http.get().uri("/me").header("Authorization", world.carerOfA1.bearer()).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody())
                .containsEntry("role", "carer").containsEntry("personId", world.carerA1);
        http.delete().uri("/me/devices/fcm-token-1").header("Authorization", world.carerOfA1.bearer())
                .exchange().expectStatus().isNoContent();
        http.delete().uri("/me/devices/fcm-token-1").header("Authorization", world.carerOfA1.bearer())
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void tokensFromTheEmulatorWithoutARoleMayDoNothing() {
        var roleless = TestAuthEmulator.users().signUp(Map.of());
        http.get().uri("/young-people").header("Authorization", roleless.bearer())
                .exchange().expectStatus().isForbidden();
        var unknownRole = TestAuthEmulator.users().signUp(EmulatorUsers.claims("superhero", world.orgA, null));
        http.get().uri("/young-people").header("Authorization", unknownRole.bearer())
                .exchange().expectStatus().isForbidden();
    }
}
