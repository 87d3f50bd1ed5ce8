package org.homeward.api.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.homeward.api.people.Carer;
import org.homeward.api.people.Carers;
import org.homeward.api.people.Caseload;
import org.homeward.api.people.Caseloads;
import org.homeward.api.people.Organisation;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.PersonAccount;
import org.homeward.api.people.PersonAccounts;
import org.homeward.api.people.Placement;
import org.homeward.api.people.Placements;
import org.homeward.api.people.Team;
import org.homeward.api.people.Teams;
import org.homeward.api.people.Worker;
import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.api.plans.ProposingPlan;
import org.homeward.infra.identity.Caller;
import org.homeward.api.sharing.AgencyKind;
import org.homeward.api.sharing.Meetings;
import org.homeward.api.sharing.SchedulingMeeting;
import org.homeward.api.sharing.PartnerAgencies;
import org.homeward.api.sharing.PartnerAgency;
import org.homeward.api.sharing.PartnerMember;
import org.homeward.api.sharing.PartnerMembers;
import org.homeward.api.sharing.SchoolLink;
import org.homeward.api.sharing.SchoolLinks;
import org.homeward.infra.identity.Accounts;
import org.homeward.infra.identity.IdentitySettings;
import org.homeward.infra.identity.Role;
import org.homeward.infra.phone.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Demo data for the local run: one local authority, two young people, their carers, a worker and a
 * manager (plus a contributor, a moderator and an admin), with sign-in accounts in the embedded Auth
 * emulator. Records and accounts have fixed ids (a demo user's uid is {@code demo-<name>}), and a
 * start adds only what is missing: a restart over the same data folder keeps everything people did,
 * including their edits to the demo records, and the items, favourites and audit entries that refer
 * to the demo users' uids. The emulator keeps every other account (the invited ones) in the data
 * folder too (homeward.identity.emulator-data-directory).
 */
@Component
@ConditionalOnProperty(name = "homeward.demo.enabled", havingValue = "true")
@EnableConfigurationProperties(DemoSettings.class)
class DemoData {

    static final String PASSWORD = "homeward-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String ORG = "demo-la";

    record DemoUser(String email, Role role, String organisationId, String personId, String description,
                    String agencyId) {
        DemoUser(String email, Role role, String organisationId, String personId, String description) {
            this(email, role, organisationId, personId, description, null);
        }

        /** Fixed, so that what the user owns (items, favourites, audit entries) is theirs after any restart. */
        String uid() {
            return "demo-" + email.substring(0, email.indexOf('@'));
        }
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("amira@demo.homeward.app", Role.YOUNG_PERSON, ORG, "yp-amira", "young person (15), placed with Sam"),
            new DemoUser("jordan@demo.homeward.app", Role.YOUNG_PERSON, ORG, "yp-jordan", "young person (14), placed with Priya"),
            new DemoUser("sam@demo.homeward.app", Role.CARER, ORG, "carer-sam", "foster carer of Amira"),
            new DemoUser("priya@demo.homeward.app", Role.CARER, ORG, "carer-priya", "residential carer of Jordan"),
            new DemoUser("lee@demo.homeward.app", Role.WORKER, ORG, "worker-lee", "social worker of Amira and Jordan"),
            new DemoUser("kim@demo.homeward.app", Role.MANAGER, ORG, "manager-kim", "manager of the local authority"),
            new DemoUser("robin@demo.homeward.app", Role.CONTRIBUTOR, ORG, null, "youth safeguarding panel contributor"),
            new DemoUser("alex@demo.homeward.app", Role.MODERATOR, ORG, null, "content moderator"),
            new DemoUser("sasha@demo.homeward.app", Role.MODERATOR, ORG, null, "second content moderator"),
            new DemoUser("admin@demo.homeward.app", Role.ADMIN, null, null, "service operator"),
            new DemoUser("pat@demo.homeward.app", Role.PARTNER, ORG, "pm-pat", "police partner (missing persons unit)",
                    "agency-police"),
            new DemoUser("dana@demo.homeward.app", Role.PARTNER, ORG, "pm-dana", "school partner (Amira's school)",
                    "agency-school"));

    private final Organisations organisations;
    private final Teams teams;
    private final Workers workers;
    private final Carers carers;
    private final YoungPeople youngPeople;
    private final Placements placements;
    private final Caseloads caseloads;
    private final Accounts accounts;
    private final PersonAccounts personAccounts;
    private final PartnerAgencies agencies;
    private final PartnerMembers members;
    private final SchoolLinks schools;
    private final Meetings meetings;
    private final SchedulingMeeting scheduling;
    private final IdentitySettings identity;
    private final DemoSettings settings;
    private final ProposingPlan proposing;
    private final GoingOutPlans plans;
    private final Clock clock;
    private final java.util.concurrent.CompletableFuture<Void> loaded = new java.util.concurrent.CompletableFuture<>();

    DemoData(Organisations organisations, Teams teams, Workers workers, Carers carers, YoungPeople youngPeople,
             Placements placements, Caseloads caseloads, Accounts accounts, PersonAccounts personAccounts,
             PartnerAgencies agencies, PartnerMembers members, SchoolLinks schools, Meetings meetings,
             SchedulingMeeting scheduling, IdentitySettings identity, DemoSettings settings, ProposingPlan proposing, GoingOutPlans plans,
             Clock clock) {
        this.organisations = organisations;
        this.teams = teams;
        this.workers = workers;
        this.carers = carers;
        this.youngPeople = youngPeople;
        this.placements = placements;
        this.caseloads = caseloads;
        this.accounts = accounts;
        this.personAccounts = personAccounts;
        this.agencies = agencies;
        this.members = members;
        this.schools = schools;
        this.meetings = meetings;
        this.scheduling = scheduling;
        this.identity = identity;
        this.settings = settings;
        this.proposing = proposing;
        this.plans = plans;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        records().thenMany(Flux.fromIterable(USERS).concatMap(this::account))
                .then(amiraGoesOut())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .subscribe(plan -> {
                    log.info(instructions(port, plan.orElse(null)));
                    loaded.complete(null);
                }, failure -> {
                    log.error("Could not load the demo data", failure);
                    loaded.completeExceptionally(failure);
                });
    }

    /** Completes once the demo records and accounts are there. */
    java.util.concurrent.CompletableFuture<Void> loaded() {
        return loaded;
    }

    private Mono<Void> records() {
        LocalDate since = LocalDate.of(2026, 1, 5);
        return missing(organisations.findById(ORG), () -> organisations.save(new Organisation(ORG,
                        "Demo Borough Council", Organisation.DEFAULT_ZONE, Optional.of(new PhoneNumber("+442079460000")))))
                .then(missing(teams.findById("team-north"),
                        () -> teams.save(new Team("team-north", ORG, "North Children's Team"))))
                .then(missing(workers.findById("worker-lee"), () -> workers.save(new Worker("worker-lee", ORG,
                        "Lee Okafor", Optional.of("team-north"), false, Optional.of(new PhoneNumber("+447911123001"))))))
                .then(missing(workers.findById("manager-kim"), () -> workers.save(new Worker("manager-kim", ORG,
                        "Kim Walsh", Optional.of("team-north"), true, Optional.of(new PhoneNumber("+447911123002"))))))
                .then(missing(carers.findById("carer-sam"), () -> carers.save(new Carer("carer-sam", ORG, "Sam Taylor",
                        new PhoneNumber("+447911123003")))))
                .then(missing(carers.findById("carer-priya"), () -> carers.save(new Carer("carer-priya", ORG,
                        "Priya Shah", new PhoneNumber("+447911123004")))))
                .then(missing(youngPeople.findById("yp-amira"), () -> youngPeople.save(new YoungPerson("yp-amira", ORG,
                        "Amira Hassan", "Mira", LocalDate.of(2011, 4, 12), "12 Elm Road", Organisation.DEFAULT_ZONE,
                        YoungPerson.LegalStatus.LOOKED_AFTER, "A1001"))))
                .then(missing(youngPeople.findById("yp-jordan"), () -> youngPeople.save(new YoungPerson("yp-jordan",
                        ORG, "Jordan Reid", null, LocalDate.of(2012, 9, 30), "Oak House", Organisation.DEFAULT_ZONE,
                        YoungPerson.LegalStatus.LOOKED_AFTER, "J1002"))))
                .then(missing(placements.findById("placement-amira"), () -> placements.save(new Placement(
                        "placement-amira", ORG, "yp-amira", List.of("carer-sam"), since, null, false))))
                .then(missing(placements.findById("placement-jordan"), () -> placements.save(new Placement(
                        "placement-jordan", ORG, "yp-jordan", List.of("carer-priya"), since, null, true, null,
                        new Placement.HostAuthority("Kent County Council", "Missing Children Team",
                                new PhoneNumber("+447911123005"))))))
                .then(missing(caseloads.findById("caseload-amira"), () -> caseloads.save(new Caseload(
                        "caseload-amira", ORG, "worker-lee", "yp-amira", since, null))))
                .then(missing(caseloads.findById("caseload-jordan"), () -> caseloads.save(new Caseload(
                        "caseload-jordan", ORG, "worker-lee", "yp-jordan", since, null))))
                .then(partners())
                .then();
    }

    /** A police and a school partner agency with one member each; Amira attends the school. */
    private Mono<?> partners() {
        Instant at = Instant.parse("2026-01-05T09:00:00Z");
        return missing(agencies.findById("agency-police"), () -> agencies.save(new PartnerAgency("agency-police", ORG,
                "Demo Police Missing Persons Unit", AgencyKind.POLICE, AgencyKind.POLICE.defaultSections(), true,
                "demo", at)))
                .then(missing(agencies.findById("agency-school"), () -> agencies.save(new PartnerAgency(
                        "agency-school", ORG, "Hillside Academy", AgencyKind.EDUCATION,
                        AgencyKind.EDUCATION.defaultSections(), true, "demo", at))))
                .then(missing(members.findById("pm-pat"), () -> members.save(PartnerMember.added("pm-pat", ORG,
                        "agency-police", "PC Pat Morgan", "demo", at))))
                .then(missing(members.findById("pm-dana"), () -> members.save(PartnerMember.added("pm-dana", ORG,
                        "agency-school", "Dana Price (safeguarding lead)", "demo", at))))
                .then(missing(schools.findByYoungPerson("yp-amira"), () -> schools.save(new SchoolLink("yp-amira", ORG,
                        "agency-school", "demo", at))))
                // The weekly meeting, Tuesdays at 10:00 London time, its pack assembled a day before.
                .then(missing(meetings.findByOrganisation(ORG), () -> scheduling.set(
                        Caller.of("demo-kim", Role.MANAGER, ORG, "manager-kim"), ORG, java.time.DayOfWeek.TUESDAY,
                        java.time.LocalTime.of(10, 0), Organisation.DEFAULT_ZONE, java.time.Duration.ofHours(24))));
    }

    /** Saves a demo record only if it is not there: a restart must not undo what people changed. */
    private static <T> Mono<?> missing(Mono<T> existing, java.util.function.Supplier<Mono<?>> save) {
        return existing.map(found -> (Object) found).switchIfEmpty(Mono.defer(() -> save.get().map(saved -> (Object) saved)));
    }

    /**
     * Sam lets Amira go out, back a few minutes from now, unless she has a plan open already (a
     * restart over the same data). She will not check in, so the board shows her fall overdue.
     */
    private Mono<GoingOutPlan> amiraGoesOut() {
        if (!settings.lateReturn()) {
            return Mono.empty();
        }
        Caller sam = Caller.of("demo-data", Role.CARER, ORG, "carer-sam");
        LocalDateTime now = LocalDateTime.now(clock.withZone(Organisation.DEFAULT_ZONE)).withSecond(0).withNano(0);
        return plans.findByYoungPerson("yp-amira", 20).filter(GoingOutPlan::isOpen).next()
                .switchIfEmpty(Mono.defer(() -> proposing.propose(sam, new ProposingPlan.Proposal("yp-amira",
                        "Cinema in town", "Jess", now, now.plusMinutes(settings.backInMinutes() + 1L)))));
    }

    /**
     * The demo account under its fixed uid (unless it is there), and its person record marked as having
     * one (nobody can invite a second).
     */
    private Mono<String> account(DemoUser user) {
        return accounts.ensure(user.uid(), user.email(), PASSWORD, user.role(),
                        Optional.ofNullable(user.organisationId()), Optional.ofNullable(user.personId()),
                        Optional.ofNullable(user.agencyId()))
                .onErrorResume(org.homeward.infra.errors.Conflict.class, older -> {
                    log.warn("{} has an account from an older demo run, under another uid; keeping it", user.email());
                    return Mono.just(false);
                })
                .thenReturn(user.uid())
                .flatMap(uid -> user.personId() == null ? Mono.just(uid)
                        : personAccounts.claim(new PersonAccount(user.personId(), user.email(), user.role().claim(),
                                uid, "demo", Instant.now())).thenReturn(uid));
    }

    private String instructions(String port, GoingOutPlan plan) {
        String emulator = identity.authEmulatorHost() != null && !identity.authEmulatorHost().isBlank()
                ? identity.authEmulatorHost() : "127.0.0.1:" + identity.emulatorPort();
        StringBuilder text = new StringBuilder("""

                ================================================================================
                Homeward demo is up on http://localhost:%s  (health: /actuator/health, API: /swagger-ui.html)
                Worker console: http://localhost:%s/console/  (sign in as lee, kim, sam or alex, password "%s")
                """.formatted(port, port, PASSWORD));
        if (plan != null) {
            text.append("  Amira's plan (%s, back by %s) is open: after that, watch it climb the ladder on Lee's board.%n"
                    .formatted(plan.where(), plan.backBy().toLocalTime()));
        }
        text.append("Demo users (password \"%s\"):%n".formatted(PASSWORD));
        USERS.forEach(user -> text.append("  %-26s %-13s %s%n".formatted(user.email(), user.role().claim(),
                user.description())));
        text.append("""
                Get an ID token (valid one hour) for one of them, e.g. the carer:
                  TOKEN=$(curl -s 'http://%s/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo' \\
                    -H 'Content-Type: application/json' \\
                    -d '{"email":"sam@demo.homeward.app","password":"%s","returnSecureToken":true}' \\
                    | sed -nE 's/.*"idToken": *"([^"]+)".*/\\1/p')
                  curl -s -H "Authorization: Bearer $TOKEN" http://localhost:%s/young-people
                ================================================================================
                """.formatted(emulator, PASSWORD, port));
        return text.toString();
    }
}
