package org.homeward.api.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.homeward.api.EndToEndTest;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every people endpoint × every role × a record of their own and someone else's: what a caller has
 * no relationship to is never shown (403 or 404 with a problem document, never the data), and what
 * is theirs works for the roles meant to use it.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleAccessMatrixTest {

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;

    PeopleWorld w;

    record Actor(String name, SignedIn user, String role, Set<String> sees, Set<String> responsibleFor,
                 String organisation, String personId) {
    }

    List<Actor> actors;

    @BeforeAll
    void world() {
        w = PeopleWorld.in(context);
                actors = List.of(
                new Actor("admin", w.admin, "admin", Set.of(), Set.of(), null, null),
                new Actor("manager A", w.managerOfA, "manager", Set.of(w.ypA1, w.ypA2), Set.of(w.ypA1, w.ypA2), w.orgA, w.managerA),
                new Actor("manager B", w.managerOfB, "manager", Set.of(w.ypB1), Set.of(w.ypB1), w.orgB, w.managerB),
                new Actor("worker of A1", w.workerOfA1, "worker", Set.of(w.ypA1), Set.of(w.ypA1), w.orgA, w.workerA1),
                new Actor("teammate of A1's worker", w.teammateOfWorkerA1, "worker", Set.of(w.ypA1), Set.of(), w.orgA, w.workerA1Teammate),
                new Actor("worker of A2", w.workerOfA2, "worker", Set.of(w.ypA2), Set.of(w.ypA2), w.orgA, w.workerA3),
                new Actor("worker of B1", w.workerOfB1, "worker", Set.of(w.ypB1), Set.of(w.ypB1), w.orgB, w.workerB1),
                new Actor("carer of A1", w.carerOfA1, "carer", Set.of(w.ypA1), Set.of(), w.orgA, w.carerA1),
                new Actor("carer of A2", w.carerOfA2, "carer", Set.of(w.ypA2), Set.of(), w.orgA, w.carerA2),
                new Actor("carer of B1", w.carerOfB1, "carer", Set.of(w.ypB1), Set.of(), w.orgB, w.carerB1),
                new Actor("young person A1", w.youngPersonA1, "young_person", Set.of(w.ypA1), Set.of(), w.orgA, w.ypA1),
                new Actor("young person A2", w.youngPersonA2, "young_person", Set.of(w.ypA2), Set.of(), w.orgA, w.ypA2),
                new Actor("young person B1", w.youngPersonB1, "young_person", Set.of(w.ypB1), Set.of(), w.orgB, w.ypB1),
                new Actor("contributor", w.contributor, "contributor", Set.of(), Set.of(), w.orgA, null),
                new Actor("moderator", w.moderator, "moderator", Set.of(), Set.of(), w.orgA, null));
    }

    /** The young-person endpoints, each with the roles allowed to call it at all. */
    enum YoungPersonEndpoint {
        READ(HttpMethod.GET, "/young-people/{id}", Set.of("manager", "worker", "carer", "young_person")),
        PLACEMENTS(HttpMethod.GET, "/young-people/{id}/placements", Set.of("manager", "worker", "carer", "young_person")),
        CARERS(HttpMethod.GET, "/young-people/{id}/carers", Set.of("manager", "worker", "carer", "young_person")),
        AUDIT(HttpMethod.GET, "/young-people/{id}/audit", Set.of("manager", "worker")),
        CORRECT(HttpMethod.PATCH, "/young-people/{id}", Set.of("manager", "young_person"));

        final HttpMethod method;
        final String path;
        final Set<String> roles;

        YoungPersonEndpoint(HttpMethod method, String path, Set<String> roles) {
            this.method = method;
            this.path = path;
            this.roles = roles;
        }
    }

    @Test
    void youngPeopleRecordsAreSeenOnlyThroughARelationship() {
        List<String> failures = new ArrayList<>();
        for (Actor actor : actors) {
            for (String youngPerson : List.of(w.ypA1, w.ypA2, w.ypB1)) {
                for (YoungPersonEndpoint endpoint : YoungPersonEndpoint.values()) {
                    int expected = expectedStatus(actor, youngPerson, endpoint);
                    EntityExchangeResult<byte[]> result = call(endpoint.method, endpoint.path, youngPerson,
                            actor.user(), endpoint == YoungPersonEndpoint.CORRECT ? Map.of("preferredName", "P") : null);
                    int status = result.getStatus().value();
                    String body = result.getResponseBody() == null ? "" : new String(result.getResponseBody());
                    if (status != expected) {
                        failures.add("%s %s on %s: expected %d, got %d".formatted(actor.name(), endpoint,
                                youngPerson, expected, status));
                    }
                    if (status >= 400 && (body.contains("Young ") || body.contains("Street"))) {
                        failures.add("%s %s on %s leaked data in a refusal: %s".formatted(actor.name(), endpoint,
                                youngPerson, body));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static int expectedStatus(Actor actor, String youngPerson, YoungPersonEndpoint endpoint) {
        if (!endpoint.roles.contains(actor.role())) {
            return 403;
        }
        if (!actor.sees().contains(youngPerson)) {
            return 404;
        }
        if (endpoint == YoungPersonEndpoint.AUDIT && !actor.responsibleFor().contains(youngPerson)) {
            return 404;
        }
        return 200;
    }

    @Test
    void listingYoungPeopleShowsExactlyThoseWithARelationship() {
        for (Actor actor : actors) {
            int expected = Set.of("admin", "contributor", "moderator").contains(actor.role()) ? 403 : 200;
            var response = http.get().uri("/young-people").header("Authorization", actor.user().bearer()).exchange()
                    .expectStatus().isEqualTo(expected);
            if (expected == 200) {
                var result = response.expectBody(List.class).returnResult().getResponseBody();
                List<String> ids = ((List<?>) result).stream().map(item -> (String) ((Map<?, ?>) item).get("id")).toList();
                assertThat(ids).as(actor.name()).containsExactlyInAnyOrderElementsOf(actor.sees());
            }
        }
    }

    @Test
    void carerWorkerAndOrganisationRecordsStayWithinTheirOrganisation() {
        List<String> failures = new ArrayList<>();
        for (Actor actor : actors) {
            for (String organisation : List.of(w.orgA, w.orgB)) {
                boolean member = actor.role().equals("admin") || organisation.equals(actor.organisation());
                boolean staff = actor.role().equals("admin") || (member && Set.of("manager", "worker").contains(actor.role()));
                expect(failures, actor, HttpMethod.GET, "/organisations/{id}", organisation, member ? 200 : 404);
                for (String list : List.of("/organisations/{id}/teams", "/organisations/{id}/workers", "/organisations/{id}/carers")) {
                    int expected = !Set.of("admin", "manager", "worker").contains(actor.role()) ? 403 : staff ? 200 : 404;
                    expect(failures, actor, HttpMethod.GET, list, organisation, expected);
                }
                String carer = organisation.equals(w.orgA) ? w.carerA1 : w.carerB1;
                int carerExpected = !Set.of("admin", "manager", "worker", "carer").contains(actor.role()) ? 403
                        : staff || carer.equals(actor.personId()) ? 200 : 404;
                expect(failures, actor, HttpMethod.GET, "/carers/{id}", carer, carerExpected);
                String worker = organisation.equals(w.orgA) ? w.workerA1 : w.workerB1;
                int workerExpected = !Set.of("admin", "manager", "worker").contains(actor.role()) ? 403 : staff ? 200 : 404;
                expect(failures, actor, HttpMethod.GET, "/workers/{id}", worker, workerExpected);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void managersCannotWriteIntoAnotherOrganisation() {
        SignedIn manager = w.managerOfA;
        post(manager, "/young-people", Map.of("organisationId", w.orgB, "name", "X", "dateOfBirth", "2012-01-01"), 404);
        post(manager, "/carers", Map.of("organisationId", w.orgB, "name", "X", "phone", "07911 123456"), 404);
        post(manager, "/workers", Map.of("organisationId", w.orgB, "name", "X"), 404);
        post(manager, "/organisations/" + w.orgB + "/teams", Map.of("name", "X"), 404);
        post(manager, "/placements", Map.of("youngPersonId", w.ypB1, "carerIds", List.of(w.carerB1)), 404);
        post(manager, "/placements", Map.of("youngPersonId", w.ypA1, "carerIds", List.of(w.carerB1)), 400);
        post(manager, "/caseloads", Map.of("workerId", w.workerB1, "youngPersonId", w.ypB1), 404);
        post(manager, "/invitations", Map.of("email", "z" + System.nanoTime() + "@t.homeward", "role", "worker",
                "organisationId", w.orgB, "personId", w.workerB1), 404);
        http.patch().uri("/placements/{id}", "pl-b1-" + w.ypB1).header("Authorization", manager.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("to", "2026-06-01"))
                .exchange().expectStatus().isNotFound();
        http.patch().uri("/young-people/{id}", w.ypB1).header("Authorization", manager.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "Changed"))
                .exchange().expectStatus().isNotFound();
        // Carers, workers and young people may not register anyone at all.
        Stream.of(w.carerOfA1, w.workerOfA1, w.youngPersonA1, w.contributor, w.moderator).forEach(user ->
                post(user, "/young-people", Map.of("organisationId", w.orgA, "name", "X", "dateOfBirth", "2012-01-01"), 403));
        post(w.managerOfA, "/organisations", Map.of("name", "Rogue"), 403);
        post(w.admin, "/young-people", Map.of("organisationId", w.orgA, "name", "X", "dateOfBirth", "2012-01-01"), 403);
    }

    private void post(SignedIn user, String path, Map<String, ?> body, int expected) {
        http.post().uri(path).header("Authorization", user.bearer()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isEqualTo(expected);
    }

    private void expect(List<String> failures, Actor actor, HttpMethod method, String path, String id, int expected) {
        int status = call(method, path, id, actor.user(), null).getStatus().value();
        if (status != expected) {
            failures.add("%s %s %s: expected %d, got %d".formatted(actor.name(), method, path.replace("{id}", id),
                    expected, status));
        }
    }

    private EntityExchangeResult<byte[]> call(HttpMethod method, String path, String id, SignedIn user, Object body) {
        var request = http.method(method).uri(path, id).header("Authorization", user.bearer());
        var spec = body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        return spec.expectBody().returnResult();
    }
}
