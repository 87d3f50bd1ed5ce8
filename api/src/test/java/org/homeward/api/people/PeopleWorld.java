package org.homeward.api.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.homeward.infra.phone.PhoneNumber;
import org.springframework.context.ApplicationContext;
import org.homeward.infra.testing.EmulatorUsers;
import org.homeward.infra.testing.EmulatorUsers.SignedIn;
import org.homeward.infra.testing.TestAuthEmulator;
import java.time.Duration;

/**
 * Two local authorities with everyone a test needs, saved straight through the ports, and a
 * signed-in emulator account for each person. In authority A, young person A1 lives with carer A1
 * and is on worker A1's caseload (worker A1's teammate shares the team); young person A2 lives
 * with carer A2 and is on worker A3's caseload, in another team. Authority B has one of each.
 */
public final class PeopleWorld {

    public final String orgA = "org-a-" + suffix();
    public final String orgB = "org-b-" + suffix();
    public final String ypA1 = "yp-a1-" + suffix();
    public final String ypA2 = "yp-a2-" + suffix();
    public final String ypB1 = "yp-b1-" + suffix();
    public final String carerA1 = "carer-a1-" + suffix();
    public final String carerA2 = "carer-a2-" + suffix();
    public final String carerB1 = "carer-b1-" + suffix();
    public final String workerA1 = "worker-a1-" + suffix();
    public final String workerA1Teammate = "worker-a1t-" + suffix();
    public final String workerA3 = "worker-a3-" + suffix();
    public final String workerB1 = "worker-b1-" + suffix();
    public final String managerA = "manager-a-" + suffix();
    public final String managerB = "manager-b-" + suffix();

    public SignedIn admin, managerOfA, managerOfB, workerOfA1, teammateOfWorkerA1, workerOfA2, workerOfB1,
            carerOfA1, carerOfA2, carerOfB1, youngPersonA1, youngPersonA2, youngPersonB1, contributor, moderator;

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    /** A new world in the application's database (blocking: test code, on the test thread). */
    public static PeopleWorld in(ApplicationContext context) {
        return new PeopleWorld().create(context.getBean(Organisations.class), context.getBean(Teams.class),
                context.getBean(Workers.class), context.getBean(Carers.class), context.getBean(YoungPeople.class),
                context.getBean(Placements.class), context.getBean(Caseloads.class));
    }

    /** Saves the records, then signs everyone up in the emulator. */
    private PeopleWorld create(Organisations organisations, Teams teams, Workers workers, Carers carers,
                               YoungPeople youngPeople, Placements placements, Caseloads caseloads) {
        LocalDate since = LocalDate.of(2026, 1, 1);
        var london = Organisation.DEFAULT_ZONE;
        organisations.save(new Organisation(orgA, "Authority A", london, Optional.empty()))
                .then(organisations.save(new Organisation(orgB, "Authority B", london, Optional.empty())))
                .then(teams.save(new Team("team-a1-" + orgA, orgA, "A team one")))
                .then(teams.save(new Team("team-a2-" + orgA, orgA, "A team two")))
                .then(workers.save(new Worker(workerA1, orgA, "Worker A1", Optional.of("team-a1-" + orgA), false, Optional.empty())))
                .then(workers.save(new Worker(workerA1Teammate, orgA, "Teammate A1", Optional.of("team-a1-" + orgA), false, Optional.empty())))
                .then(workers.save(new Worker(workerA3, orgA, "Worker A3", Optional.of("team-a2-" + orgA), false, Optional.empty())))
                .then(workers.save(new Worker(workerB1, orgB, "Worker B1", Optional.empty(), false, Optional.empty())))
                .then(workers.save(new Worker(managerA, orgA, "Manager A", Optional.empty(), true, Optional.empty())))
                .then(workers.save(new Worker(managerB, orgB, "Manager B", Optional.empty(), true, Optional.empty())))
                .then(carers.save(new Carer(carerA1, orgA, "Carer A1", new PhoneNumber("+447911123101"))))
                .then(carers.save(new Carer(carerA2, orgA, "Carer A2", new PhoneNumber("+447911123102"))))
                .then(carers.save(new Carer(carerB1, orgB, "Carer B1", new PhoneNumber("+447911123103"))))
                .then(youngPeople.save(new YoungPerson(ypA1, orgA, "Young A1", null, LocalDate.of(2011, 5, 1), "1 A Street", london)))
                .then(youngPeople.save(new YoungPerson(ypA2, orgA, "Young A2", null, LocalDate.of(2012, 6, 1), "2 A Street", london)))
                .then(youngPeople.save(new YoungPerson(ypB1, orgB, "Young B1", null, LocalDate.of(2010, 7, 1), "1 B Street", london)))
                .then(placements.save(new Placement("pl-a1-" + ypA1, orgA, ypA1, List.of(carerA1), since, null, false)))
                .then(placements.save(new Placement("pl-a2-" + ypA2, orgA, ypA2, List.of(carerA2), since, null, false)))
                .then(placements.save(new Placement("pl-b1-" + ypB1, orgB, ypB1, List.of(carerB1), since, null, false)))
                .then(caseloads.save(new Caseload("cl-a1-" + ypA1, orgA, workerA1, ypA1, since, null)))
                .then(caseloads.save(new Caseload("cl-a2-" + ypA2, orgA, workerA3, ypA2, since, null)))
                .then(caseloads.save(new Caseload("cl-b1-" + ypB1, orgB, workerB1, ypB1, since, null)))
                .block(Duration.ofSeconds(30));
        signUp();
        return this;
    }

    private void signUp() {
        EmulatorUsers users = TestAuthEmulator.users();
        admin = users.signUp(EmulatorUsers.claims("admin", null, null));
        managerOfA = users.signUp(EmulatorUsers.claims("manager", orgA, managerA));
        managerOfB = users.signUp(EmulatorUsers.claims("manager", orgB, managerB));
        workerOfA1 = users.signUp(EmulatorUsers.claims("worker", orgA, workerA1));
        teammateOfWorkerA1 = users.signUp(EmulatorUsers.claims("worker", orgA, workerA1Teammate));
        workerOfA2 = users.signUp(EmulatorUsers.claims("worker", orgA, workerA3));
        workerOfB1 = users.signUp(EmulatorUsers.claims("worker", orgB, workerB1));
        carerOfA1 = users.signUp(EmulatorUsers.claims("carer", orgA, carerA1));
        carerOfA2 = users.signUp(EmulatorUsers.claims("carer", orgA, carerA2));
        carerOfB1 = users.signUp(EmulatorUsers.claims("carer", orgB, carerB1));
        youngPersonA1 = users.signUp(EmulatorUsers.claims("young_person", orgA, ypA1));
        youngPersonA2 = users.signUp(EmulatorUsers.claims("young_person", orgA, ypA2));
        youngPersonB1 = users.signUp(EmulatorUsers.claims("young_person", orgB, ypB1));
        contributor = users.signUp(EmulatorUsers.claims("contributor", orgA, null));
        moderator = users.signUp(EmulatorUsers.claims("moderator", orgA, null));
    }
}
