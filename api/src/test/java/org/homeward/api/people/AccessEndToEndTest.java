package org.homeward.api.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.auth.UserRecord;
import org.homeward.api.Calls;
import org.homeward.api.EndToEndTest;
import org.homeward.infra.testing.EmulatorUsers;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.MutableClock;
import org.homeward.infra.testing.TestAuthEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Access can be taken away at once, and nobody can pose as someone else: one account per person
 * record with the set-up link sent to the invitee, accounts disabled, deleted, signed out or
 * downgraded refused at the next check (here every request: {@code recheck-after=0s}; a minute by
 * default), and a placement or caseload ended today ending access now.
 */
@EndToEndTest
@TestPropertySource(properties = "homeward.identity.recheck-after=0s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessEndToEndTest {

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;
    @Autowired FirebaseAuth firebase;
    @Autowired MutableClock clock;
    @Autowired PersonAccounts personAccounts;

    PeopleWorld world;
    Calls calls;
    EmulatorUsers users;

    @BeforeAll
    void world() {
        world = PeopleWorld.in(context);
        calls = new Calls(context);
        users = TestAuthEmulator.users();
    }

    @Test
    void aPersonRecordHasOneAccountAndTheSetUpLinkGoesOnlyToTheInvitee() {
        String email = "amira." + System.nanoTime() + "@test.homeward";
        Map<?, ?> invitation = invite(world.managerOfA, email, "young_person", world.ypA1, 201);
        assertThat(invitation.get("setupLinkDelivery")).isEqualTo("EMAILED_TO_INVITEE");
        assertThat(invitation.get("setupLink")).as("never handed to the manager").isNull();

        // The invitee follows the link Firebase e-mailed and signs in as themselves.
        String code = users.mailedSetupCode(email).orElseThrow();
        String token = users.setPasswordAndSignIn(email, code, "chosen-by-amira-" + System.nanoTime());
        assertThat(http.get().uri("/me").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody())
                .containsEntry("role", "young_person").containsEntry("personId", world.ypA1);

        // A second account for the same child (another address, or another manager's try) is refused,
        // and nothing is created for it.
        String other = "not.amira." + System.nanoTime() + "@test.homeward";
        invite(world.managerOfA, other, "young_person", world.ypA1, 409);
        assertThat(users.mailedSetupCode(other)).isEmpty();
        invite(world.managerOfA, email, "young_person", world.ypA1, 409);

        // A carer too: the first invitation wins, a second is refused.
        String carerEmail = "carer.a2." + System.nanoTime() + "@test.homeward";
        Map<?, ?> first = invite(world.managerOfA, carerEmail, "carer", world.carerA2, 201);
        assertThat(first.get("setupLink")).isNull();
        String firstCode = users.mailedSetupCode(carerEmail).orElseThrow();
        invite(world.managerOfA, "x" + carerEmail, "carer", world.carerA2, 409);
        // Not taken up yet (the e-mail went astray): sent again to the same address, the same account.
        assertThat(invite(world.managerOfA, carerEmail, "carer", world.carerA2, 201).get("uid")).isEqualTo(first.get("uid"));
        assertThat(users.mailedSetupCode(carerEmail)).isPresent().get().isNotEqualTo(firstCode);

        // Staff set up by an admin are shown their link once; a manager inviting staff is not.
        String workerEmail = "worker.a3." + System.nanoTime() + "@test.homeward";
        Map<?, ?> staff = invite(world.admin, workerEmail, "worker", world.workerA3, 201);
        assertThat(staff.get("setupLinkDelivery")).isEqualTo("SHOWN_TO_ADMIN");
        assertThat((String) staff.get("setupLink")).contains("oobCode");
        String colleagueEmail = "teammate." + System.nanoTime() + "@test.homeward";
        assertThat(invite(world.managerOfA, colleagueEmail, "worker", world.workerA1Teammate, 201).get("setupLink"))
                .isNull();
        assertThat(users.mailedSetupCode(colleagueEmail)).isPresent();

        // The invitations are in the young person's audit log, for their worker to read.
        assertThat(calls.audit(world.workerOfA1, world.ypA1)).anySatisfy(entry -> {
            assertThat(entry.get("action")).isEqualTo("account.invite");
            assertThat(entry.get("actorRole")).isEqualTo("manager");
            assertThat(entry.get("reason")).isEqualTo("young_person");
        });
    }

    @Test
    void anInvitationRetriedAfterACrashFinishesTheAccountItStarted() throws Exception {
        // The first attempt claimed the person and created the account, then died before recording it.
        String email = "retry." + System.nanoTime() + "@test.homeward";
        personAccounts.claim(new PersonAccount(world.ypA2, email, "young_person", null, world.managerOfA.uid(),
                clock.instant())).block(Duration.ofSeconds(5));
        String uid = firebase.createUser(new UserRecord.CreateRequest().setEmail(email)).getUid();
        firebase.setCustomUserClaims(uid, EmulatorUsers.claims("young_person", world.orgA, world.ypA2));

        Map<?, ?> retried = invite(world.managerOfA, email, "young_person", world.ypA2, 201);
        assertThat(retried.get("uid")).isEqualTo(uid);
        assertThat(users.mailedSetupCode(email)).isPresent();
        invite(world.managerOfA, "other." + email, "young_person", world.ypA2, 409);
    }

    @Test
    void aDisabledDeletedSignedOutOrDowngradedAccountIsRefusedAtTheNextCheck() throws Exception {
        SignedIn manager = users.signUp(EmulatorUsers.claims("manager", world.orgA, world.managerA));
        String workers = "/organisations/" + world.orgA + "/workers";
        status(manager, workers, 200);
        firebase.setCustomUserClaims(manager.uid(), EmulatorUsers.claims("young_person", world.orgA, world.ypA2));
        status(manager, workers, 403);
        assertThat(calls.get(manager, "/me").get("role")).isEqualTo("young_person");

        SignedIn disabled = users.signUp(EmulatorUsers.claims("carer", world.orgA, world.carerA1));
        status(disabled, "/young-people/" + world.ypA1, 200);
        firebase.updateUser(new UserRecord.UpdateRequest(disabled.uid()).setDisabled(true));
        status(disabled, "/young-people/" + world.ypA1, 401);

        SignedIn deleted = users.signUp(EmulatorUsers.claims("worker", world.orgA, world.workerA1));
        status(deleted, "/young-people/" + world.ypA1, 200);
        firebase.deleteUser(deleted.uid());
        status(deleted, "/young-people/" + world.ypA1, 401);

        SignedIn signedOut = users.signUp(EmulatorUsers.claims("carer", world.orgA, world.carerA1));
        status(signedOut, "/young-people/" + world.ypA1, 200);
        users.revokeTokensIssuedBefore(signedOut.uid(), java.time.Instant.now().plusSeconds(60));
        status(signedOut, "/young-people/" + world.ypA1, 401);
    }

    @Test
    void aPlacementOrCaseloadEndedTheDayItBeganEndsAccessAtOnce() {
        Map<?, ?> child = calls.post(world.managerOfA, "/young-people", Map.of("organisationId", world.orgA,
                "name", "Casey Newton", "dateOfBirth", "2012-02-03", "placementAddress", "5 Birch Lane"), 201);
        String childId = (String) child.get("id");
        Map<?, ?> placement = calls.post(world.managerOfA, "/placements",
                Map.of("youngPersonId", childId, "carerIds", List.of(world.carerA2)), 201);
        Map<?, ?> caseload = calls.post(world.managerOfA, "/caseloads",
                Map.of("workerId", world.workerA3, "youngPersonId", childId), 201);
        status(world.carerOfA2, "/young-people/" + childId, 200);
        status(world.workerOfA2, "/young-people/" + childId, 200);

        clock.advance(Duration.ofMinutes(20));
        Map<?, ?> ended = patch("/placements/" + placement.get("id"));
        assertThat(ended.get("to")).isEqualTo(placement.get("from"));
        assertThat(ended.get("endedAt")).isEqualTo(clock.instant().toString());
        status(world.carerOfA2, "/young-people/" + childId, 404);
        assertThat(calls.get(world.managerOfA, "/young-people/" + childId + "/carers", List.class)).isEmpty();
        patch("/caseloads/" + caseload.get("id"));
        status(world.workerOfA2, "/young-people/" + childId, 404);

        // Ended once is ended: a second end is refused.
        http.patch().uri("/placements/{id}", placement.get("id")).header("Authorization", world.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange().expectStatus().isEqualTo(422);
    }

    @Test
    void aSuspendedCarerSeesNoneOfTheirYoungPeopleFromThatMomentUntilReinstated() {
        String child = "/young-people/" + world.ypA2;
        status(world.carerOfA2, child, 200);
        Map<?, ?> suspended = calls.post(world.managerOfA, "/carers/" + world.carerA2 + "/suspension", null, 200);
        assertThat(suspended.get("suspendedAt")).isEqualTo(clock.instant().toString());
        status(world.carerOfA2, child, 404);
        assertThat(calls.get(world.carerOfA2, "/young-people", List.class)).isEmpty();
        calls.post(world.managerOfA, "/carers/" + world.carerA2 + "/suspension", null, 422);
        calls.post(world.carerOfA2, "/carers/" + world.carerA2 + "/suspension", null, 403);
        calls.post(world.managerOfB, "/carers/" + world.carerA2 + "/suspension", null, 404);
        assertThat(calls.audit(world.managerOfA, world.ypA2)).anySatisfy(entry ->
                assertThat(entry.get("action") + " " + entry.get("recordId")).isEqualTo("carer.suspend " + world.carerA2));

        http.delete().uri("/carers/{id}/suspension", world.carerA2).header("Authorization", world.managerOfA.bearer())
                .exchange().expectStatus().isOk().expectBody(Map.class)
                .value(carer -> assertThat(carer.get("suspendedAt")).isNull());
        status(world.carerOfA2, child, 200);
    }

    private Map<?, ?> invite(SignedIn who, String email, String role, String personId, int status) {
        return calls.post(who, "/invitations", Map.of("email", email, "role", role, "organisationId", world.orgA,
                "personId", personId), status);
    }

    private Map<?, ?> patch(String path) {
        return http.patch().uri(path).header("Authorization", world.managerOfA.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private void status(SignedIn who, String path, int status) {
        http.get().uri(path).header("Authorization", who.bearer()).exchange().expectStatus().isEqualTo(status);
    }
}
