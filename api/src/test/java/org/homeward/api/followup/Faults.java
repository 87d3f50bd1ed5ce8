package org.homeward.api.followup;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.homeward.api.help.HelpRequest;
import org.homeward.api.help.HelpRequests;
import org.homeward.api.plans.CheckIns;
import org.homeward.api.plans.GoingOutPlan;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.push.PushGateway;
import org.homeward.infra.push.PushMessage;
import org.homeward.infra.push.PushOutcome;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
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
                    return around(AuditLog.class, audit, Faults::faultyAudit);
                }
                if (bean instanceof GoingOutPlans plans) {
                    return around(GoingOutPlans.class, plans, Faults::faultyPlans);
                }
                if (bean instanceof HelpRequests requests) {
                    return around(HelpRequests.class, requests, Faults::faultyHelpRequests);
                }
                if (bean instanceof CheckIns checkIns) {
                    return around(CheckIns.class, checkIns, Faults::countedCheckIns);
                }
                if (bean instanceof PushGateway push) {
                    return new HangingPush(push);
                }
                return bean;
            }
        };
    }

    /** What a decorated method does instead: the real call, or a fault; null for "just the real call". */
    interface Around<T> {
        Object call(T real, String method, Object[] args) throws Exception;
    }

    /**
     * A port with some of its methods decorated and every other one passed to the real adapter (a
     * proxy, so that methods added to the port later pass through too). Default methods run on the
     * proxy, so that the calls they make are decorated as well.
     */
    @SuppressWarnings("unchecked")
    static <T> T around(Class<T> port, T real, Around<T> around) {
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("equals") ? proxy == args[0]
                        : method.getName().equals("hashCode") ? System.identityHashCode(proxy)
                        : "faulty " + real;
            }
            Object decorated = around.call(real, method.getName(), args);
            if (decorated != null) {
                return decorated;
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private static Object faultyAudit(AuditLog real, String method, Object[] args) {
        if (method.equals("record") && args.length == 5) {
            String action = (String) args[1];
            return Mono.defer(() -> failingAuditActions.remove(action) ? Mono.error(new Injected("audit " + action))
                    : real.record((Caller) args[0], action, (String) args[2], (String) args[3], (String) args[4]));
        }
        return null;
    }

    private static Object faultyPlans(GoingOutPlans real, String method, Object[] args) {
        if (!method.equals("update")) {
            return null;
        }
        GoingOutPlan plan = (GoingOutPlan) args[0];
        return Mono.defer(() -> {
            Gate gate = planUpdateGate.getAndSet(null);
            if (gate != null) {
                return Mono.fromRunnable(gate.reached::countDown)
                        .then(Mono.fromFuture(gate.open).publishOn(reactor.core.scheduler.Schedulers.parallel()))
                        .then(real.update(plan));
            }
            if (planUpdatesToFail.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return Mono.error(new Injected("instance died before saving plan " + plan.id()));
            }
            return real.update(plan).flatMap(saved -> planUpdatesToDrop.getAndUpdate(n -> Math.max(0, n - 1)) > 0
                    ? Mono.<GoingOutPlan>error(new Injected("connection dropped after saving plan " + saved.id()))
                    : Mono.just(saved));
        });
    }

    private static Object faultyHelpRequests(HelpRequests real, String method, Object[] args) {
        if (!method.equals("insertOrFindByKey")) {
            return null;
        }
        return real.insertOrFindByKey((HelpRequest) args[0]).flatMap(stored -> helpInsertsToDrop.getAndUpdate(
                n -> Math.max(0, n - 1)) > 0 ? Mono.<HelpRequest>error(new Injected("connection dropped after storing "
                + stored.id())) : Mono.just(stored));
    }

    private static Object countedCheckIns(CheckIns real, String method, Object[] args) {
        if (!method.equals("findByKey")) {
            return null;
        }
        String key = (String) args[1];
        return real.findByKey((String) args[0], key).doOnSubscribe(subscription -> {
            CountDownLatch latch = keyLookups.get(key);
            if (latch != null) {
                latch.countDown();
            }
        });
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
