package org.homeward.api.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.api.Calls;
import org.homeward.api.EndToEndTest;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every read of a child's record is in their audit log, and the log stays usable however long it grows:
 * pages by cursor, filters by action and actor, nothing out of reach behind a carer's polling.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditLogEndToEndTest {

    @Autowired WebTestClient http;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    PeopleWorld world;
    Calls calls;

    @BeforeAll
    void world() {
        world = PeopleWorld.in(context);
        calls = new Calls(context);
    }

    @Test
    void aLongLogIsReadPageByPageWithEveryEntryOnceNewestFirst() {
        // An alert-worthy entry first, then a carer polling the record 130 times, many in the same instant.
        calls.get(world.youngPersonA2, "/young-people/" + world.ypA2);
        for (int i = 0; i < 130; i++) {
            if (i % 40 == 0) {
                clock.advance(Duration.ofSeconds(1));
            }
            http.get().uri("/young-people/{id}", world.ypA2).header("Authorization", world.carerOfA2.bearer())
                    .exchange().expectStatus().isOk();
        }
        List<Map<String, Object>> all = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String next = null;
        int pages = 0;
        do {
            Map<?, ?> page = calls.get(world.workerOfA2, "/young-people/" + world.ypA2
                    + "/audit?action=young-person.read&limit=25" + (next == null ? "" : "&cursor=" + next));
            all.addAll(items(page));
            next = (String) page.get("next");
            assertThat(next == null || cursors.add(next)).as("a cursor moves on").isTrue();
            pages++;
        } while (next != null && pages < 20);
        assertThat(all).hasSize(131);
        assertThat(all.get(130).get("actorUid")).as("the oldest read, reached past the polling")
                .isEqualTo(world.youngPersonA2.uid());
        assertThat(all).extracting(entry -> (String) entry.get("at")).isSortedAccordingTo((a, b) ->
                java.time.Instant.parse(b).compareTo(java.time.Instant.parse(a)));
        assertThat(pages).isEqualTo(6);
    }

    @Test
    void theLogIsFilteredByActionActorAndTime() {
        calls.get(world.youngPersonA1, "/young-people/" + world.ypA1);
        String before = clock.instant().toString();
        clock.advance(Duration.ofMinutes(1));
        calls.get(world.carerOfA1, "/young-people/" + world.ypA1);
        calls.get(world.carerOfA1, "/young-people/" + world.ypA1 + "/carers", List.class);

        List<Map<String, Object>> byCarer = items(calls.get(world.workerOfA1,
                "/young-people/" + world.ypA1 + "/audit?actor=" + world.carerOfA1.uid()));
        assertThat(byCarer).isNotEmpty().allMatch(entry -> world.carerOfA1.uid().equals(entry.get("actorUid")));
        List<Map<String, Object>> reads = items(calls.get(world.workerOfA1,
                "/young-people/" + world.ypA1 + "/audit?action=young-person.read&action=carers.read"));
        assertThat(reads).extracting(entry -> entry.get("action")).isSubsetOf("young-person.read",
                "carers.read").contains("young-person.read");
        List<Map<String, Object>> older = items(calls.get(world.workerOfA1,
                "/young-people/" + world.ypA1 + "/audit?before=" + before + "&actor=" + world.carerOfA1.uid()));
        assertThat(older).noneMatch(entry -> ((String) entry.get("at")).compareTo(before) >= 0);
    }

    @Test
    void aCursorThatThisServiceDidNotGiveIsABadRequestNamingIt() {
        for (String cursor : List.of("not-a-cursor", "bm9wZQ", "MTIzLjQ1Ng")) {
            http.get().uri("/young-people/{id}/audit?cursor={c}", world.ypA1, cursor)
                    .header("Authorization", world.workerOfA1.bearer()).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType("application/problem+json")
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        }
        http.get().uri("/young-people/{id}/audit?limit=0", world.ypA1)
                .header("Authorization", world.workerOfA1.bearer()).exchange().expectStatus().isBadRequest();
        http.get().uri("/young-people/{id}/audit?before=yesterday", world.ypA1)
                .header("Authorization", world.workerOfA1.bearer()).exchange().expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void goingOutRulesAndHelpRequestListsAreAuditedReads() {
        calls.get(world.carerOfA1, "/young-people/" + world.ypA1 + "/going-out-rules");
        assertThat(calls.audit(world.workerOfA1, world.ypA1))
                .anyMatch(entry -> "going-out-rules.read".equals(entry.get("action"))
                        && world.carerOfA1.uid().equals(entry.get("actorUid")));

        Map<?, ?> raised = http.post().uri("/help-requests").header("Authorization", world.youngPersonA1.bearer())
                .header("Idempotency-Key", "audit-" + UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("category", "NEED_TO_TALK", "message", "can we talk")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        http.get().uri("/help-requests").header("Authorization", world.carerOfA1.bearer()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[?(@.id=='" + raised.get("id") + "')]").exists();
        assertThat(calls.audit(world.workerOfA1, world.ypA1))
                .anyMatch(entry -> "help.read".equals(entry.get("action"))
                        && raised.get("id").equals(entry.get("recordId"))
                        && world.carerOfA1.uid().equals(entry.get("actorUid")));
    }

    @Test
    void moderationReadsChildrensNamesOnlyThroughTheAuditedPort() {
        SignedIn contributor = world.contributor;
        Map<?, ?> item = http.post().uri("/content/items").header("Authorization", contributor.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "A night out", "body", "I went out with Young A2 and it was fine.",
                        "topics", List.of("GOING_OUT"), "ageBand", "AGES_13_TO_15", "readingMinutes", 2))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> submitted = http.post().uri("/content/items/{id}/submission", item.get("id"))
                .header("Authorization", contributor.bearer()).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> version = (Map<?, ?>) ((List<?>) submitted.get("versions")).get(0);
        List<Object> kinds = ((List<?>) version.get("findings")).stream()
                .map(f -> (Object) ((Map<?, ?>) f).get("kind")).toList();
        assertThat(kinds).contains("KNOWN_NAME");

        for (String youngPerson : List.of(world.ypA1, world.ypA2)) {
            List<Map<String, Object>> screened = items(calls.get(world.managerOfA, "/young-people/" + youngPerson
                    + "/audit?actor=system&action=moderation.screening.names"));
            assertThat(screened).hasSize(1);
            Map<?, ?> details = (Map<?, ?>) screened.get(0).get("details");
            assertThat(details.get("screening")).isEqualTo("content-item/" + item.get("id") + "/" + version.get("number"));
            // Ids only: neither the name nor the material.
            assertThat(screened.get(0).toString()).doesNotContain("Young A", "night out");
        }
        // Another organisation's children were not read.
        assertThat(items(calls.get(world.managerOfB, "/young-people/" + world.ypB1
                + "/audit?action=moderation.screening.names"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<?, ?> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
