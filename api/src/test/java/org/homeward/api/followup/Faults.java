package org.homeward.api.followup;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.homeward.api.help.HelpRequest;
import org.homeward.api.help.HelpRequests;
import org.homeward.api.plans.CheckIn;
import org.homeward.api.plans.CheckIns;
import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.infra.audit.AuditEntry;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.audit.SystemEntry;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.push.PushGateway;
import org.homeward.infra.push.PushMessage;
import org.homeward.infra.push.PushOutcome;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Faults injected through the ports, around the real adapters: an audit write that fails, a
 * connection that drops after the database has saved (the write is made, the caller hears an error),
 * a push that never comes back (an instance stopped mid-send). Everything else is the real thing.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Faults {

    /** What went wrong on purpose: a failure the caller sees while the work behind it is done, or not. */
    static final class Injected extends RuntimeException {
        Injected(String what) {
            super("injected fault: " + what);
        }
    }

    static final Set<String> failingAuditActions = ConcurrentHashMap.newKeySet();
    static final AtomicInteger planUpdatesToDrop = new AtomicInteger();
    static final AtomicInteger planUpdatesToFail = new AtomicInteger();
    static final AtomicInteger helpInsertsToDrop = new AtomicInteger();
    static final Set<String> heldPushTokens = ConcurrentHashMap.newKeySet();
    static volatile CountDownLatch pushHeld = new CountDownLatch(1);
    static final java.util.concurrent.atomic.AtomicReference<Gate> planUpdateGate = new java.util.concurrent.atomic.AtomicReference<>();
    static final Map<String, CountDownLatch> keyLookups = new ConcurrentHashMap<>();

    /** Holds a write until the test opens it; {@code reached} when the write has got there. */
    static final class Gate {
        final CountDownLatch reached = new CountDownLatch(1);
        final java.util.concurrent.CompletableFuture<Void> open = new java.util.concurrent.CompletableFuture<>();

        void open() {
            open.complete(null);
        }
    }

    /** The next plan change waits at the database until the gate is opened: a request still in flight. */
    static Gate holdNextPlanUpdate() {
        Gate gate = new Gate();
        planUpdateGate.set(gate);
        return gate;
    }

    /** Counts down each time a check-in is looked up by this idempotency key. */
    static CountDownLatch countLookups(String key, int expected) {
        CountDownLatch latch = new CountDownLatch(expected);
        keyLookups.put(key, latch);
        return latch;
    }

    /** The next audit write of this action fails (once). */
    static void failNextAudit(String action) {
        failingAuditActions.add(action);
    }

    /** The next plan change is saved, and then the connection drops: the caller gets an error. */
    static void dropAfterNextPlanUpdate() {
        planUpdatesToDrop.set(1);
    }

    /** The next plan change fails before it reaches the database (the instance dies): nothing is saved. */
    static void failNextPlanUpdate() {
        planUpdatesToFail.set(1);
    }

    /** The next help request is stored, and then the connection drops. */
    static void dropAfterNextHelpInsert() {
        helpInsertsToDrop.set(1);
    }

    /** Pushes to this token hang (FCM never answers) until released. */
    static CountDownLatch holdPushes(String token) {
        pushHeld = new CountDownLatch(1);
        heldPushTokens.add(token);
        return pushHeld;
    }

    static void releasePushes() {
        heldPushTokens.clear();
    }

    static void reset() {
        failingAuditActions.clear();
        planUpdatesToDrop.set(0);
        planUpdatesToFail.set(0);
        helpInsertsToDrop.set(0);
        heldPushTokens.clear();
        keyLookups.clear();
        Gate gate = planUpdateGate.getAndSet(null);
        if (gate != null) {
            gate.open();
        }
    }

    @Bean
    static BeanPostProcessor faultyPorts() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof AuditLog audit) {
                    return new FaultyAudit(audit);
                }
                if (bean instanceof GoingOutPlans plans) {
                    return new DroppingPlans(plans);
                }
                if (bean instanceof HelpRequests requests) {
                    return new DroppingHelpRequests(requests);
                }
                if (bean instanceof CheckIns checkIns) {
                    return new CountedCheckIns(checkIns);
                }
                if (bean instanceof PushGateway push) {
                    return new HangingPush(push);
                }
                return bean;
            }
        };
    }

    record FaultyAudit(AuditLog log) implements AuditLog {
        @Override
        public Mono<Void> record(Caller caller, String action, String subjectId, String recordId, String reason) {
            return Mono.defer(() -> failingAuditActions.remove(action) ? Mono.error(new Injected("audit " + action))
                    : log.record(caller, action, subjectId, recordId, reason));
        }

        @Override
        public Mono<Void> record(SystemEntry entry) {
            return log.record(entry);
        }

        @Override
        public Flux<AuditEntry> about(String subjectId, int limit) {
            return log.about(subjectId, limit);
        }

        @Override
        public Flux<AuditEntry> about(String subjectId, String recordId, String action, int limit) {
            return log.about(subjectId, recordId, action, limit);
        }
    }

    record DroppingPlans(GoingOutPlans plans) implements GoingOutPlans {
        @Override
        public Mono<GoingOutPlan> insert(GoingOutPlan plan) {
            return plans.insert(plan);
        }

        @Override
        public Mono<GoingOutPlan> update(GoingOutPlan plan) {
            Gate gate = planUpdateGate.getAndSet(null);
            if (gate != null) {
                return Mono.fromRunnable(gate.reached::countDown)
                        .then(Mono.fromFuture(gate.open).publishOn(reactor.core.scheduler.Schedulers.parallel()))
                        .then(Mono.defer(() -> update(plan)));
            }
            if (planUpdatesToFail.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return Mono.error(new Injected("instance died before saving plan " + plan.id()));
            }
            return plans.update(plan).flatMap(saved -> planUpdatesToDrop.getAndUpdate(n -> Math.max(0, n - 1)) > 0
                    ? Mono.error(new Injected("connection dropped after saving plan " + saved.id()))
                    : Mono.just(saved));
        }

        @Override
        public Mono<GoingOutPlan> findById(String id) {
            return plans.findById(id);
        }

        @Override
        public Flux<GoingOutPlan> findByYoungPerson(String youngPersonId, int limit) {
            return plans.findByYoungPerson(youngPersonId, limit);
        }

        @Override
        public Flux<GoingOutPlan> findWatched() {
            return plans.findWatched();
        }

        @Override
        public Flux<GoingOutPlan> findReturnedSince(Instant since) {
            return plans.findReturnedSince(since);
        }
    }

    record DroppingHelpRequests(HelpRequests requests) implements HelpRequests {
        @Override
        public Mono<HelpRequest> insertOrFindByKey(HelpRequest request) {
            return requests.insertOrFindByKey(request).flatMap(stored -> helpInsertsToDrop.getAndUpdate(
                    n -> Math.max(0, n - 1)) > 0 ? Mono.error(new Injected("connection dropped after storing "
                    + stored.id())) : Mono.just(stored));
        }

        @Override
        public Mono<HelpRequest> findByKey(String youngPersonId, String idempotencyKey) {
            return requests.findByKey(youngPersonId, idempotencyKey);
        }

        @Override
        public Mono<HelpRequest> findById(String id) {
            return requests.findById(id);
        }

        @Override
        public Mono<HelpRequest> change(String id, Function<HelpRequest, HelpRequest> change) {
            return requests.change(id, change);
        }

        @Override
        public Flux<HelpRequest> findEscalating() {
            return requests.findEscalating();
        }

        @Override
        public Flux<HelpRequest> findByYoungPeople(java.util.Collection<String> youngPersonIds, Instant since,
                                                   int limit) {
            return requests.findByYoungPeople(youngPersonIds, since, limit);
        }

        @Override
        public Flux<HelpRequest> findByAlerted(String personId, Instant since, int limit) {
            return requests.findByAlerted(personId, since, limit);
        }
    }

    record CountedCheckIns(CheckIns checkIns) implements CheckIns {
        @Override
        public Mono<CheckIn> insertOnce(CheckIn checkIn) {
            return checkIns.insertOnce(checkIn);
        }

        @Override
        public Mono<CheckIn> findByKey(String youngPersonId, String idempotencyKey) {
            return checkIns.findByKey(youngPersonId, idempotencyKey).doOnSubscribe(subscription -> {
                CountDownLatch latch = keyLookups.get(idempotencyKey);
                if (latch != null) {
                    latch.countDown();
                }
            });
        }

        @Override
        public Mono<CheckIn> findById(String id) {
            return checkIns.findById(id);
        }

        @Override
        public Mono<CheckIn> complete(CheckIn finished) {
            return checkIns.complete(finished);
        }

        @Override
        public Mono<Void> release(CheckIn claim) {
            return checkIns.release(claim);
        }

        @Override
        public Flux<CheckIn> findByPlan(String planId) {
            return checkIns.findByPlan(planId);
        }

        @Override
        public Mono<CheckIn> replace(CheckIn erased) {
            return checkIns.replace(erased);
        }
    }

    /** FCM that never answers for held tokens: the send is under way when the instance stops. */
    record HangingPush(PushGateway push) implements PushGateway, AutoCloseable {
        @Override
        public Mono<PushOutcome> send(PushMessage message) {
            return Mono.defer(() -> {
                if (heldPushTokens.contains(message.token())) {
                    pushHeld.countDown();
                    return Mono.never();
                }
                return push.send(message);
            });
        }

        /** The real gateway's own close (it deletes its FirebaseApp), which Spring would have called. */
        @Override
        public void close() {
            java.lang.reflect.Method close = org.springframework.util.ReflectionUtils.findMethod(push.getClass(), "close");
            if (close != null) {
                org.springframework.util.ReflectionUtils.makeAccessible(close);
                org.springframework.util.ReflectionUtils.invokeMethod(close, push);
            }
        }
    }
}
