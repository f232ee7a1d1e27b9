package cn.ecozone.shared.startup;

import cn.ecozone.shared.StartupTask;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The application's availability (it replaces Spring Boot's {@code ApplicationAvailabilityBean}),
 * held back by the {@link StartupTask}s: Boot reports readiness {@code ACCEPTING_TRAFFIC} once the
 * context and its runners are done, and this bean then starts the tasks in the background and
 * answers {@code REFUSING_TRAFFIC} until they have all finished (issue 10: the port opens early, the
 * demo data loads behind it, and nobody logs in before it is in: {@link #requireStarted()}). A failed
 * task leaves readiness refusing and marks liveness {@code BROKEN}, as a failed runner stops a start.
 */
@Component("applicationAvailability")
public class StartupReadiness extends ApplicationAvailabilityBean {

    private static final Logger log = LoggerFactory.getLogger(StartupReadiness.class);

    private final ObjectProvider<StartupTask> tasks;
    private final ApplicationEventPublisher events;
    private final boolean background;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean failed;

    /**
     * @param background false: Boot's start returns only when the tasks are done (tests that expect
     *     the demo data at once)
     */
    StartupReadiness(
            ObjectProvider<StartupTask> tasks,
            ApplicationEventPublisher events,
            @Value("${ecozone.startup.background:true}") boolean background) {
        this.tasks = tasks;
        this.events = events;
        this.background = background;
    }

    /** Whether every startup task has finished successfully. */
    public boolean started() {
        return finished.getCount() == 0 && !failed;
    }

    /** @throws ServiceStarting until every startup task has finished successfully */
    public void requireStarted() {
        if (!started()) {
            throw new ServiceStarting();
        }
    }

    @Override
    public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
        return held(type, super.getState(type, defaultState));
    }

    @Override
    public <S extends AvailabilityState> S getState(Class<S> type) {
        return held(type, super.getState(type));
    }

    private <S extends AvailabilityState> S held(Class<S> type, S state) {
        return type == ReadinessState.class && !started() ? type.cast(ReadinessState.REFUSING_TRAFFIC) : state;
    }

    /** Boot's first {@code ACCEPTING_TRAFFIC} (after every runner and ready listener) starts the tasks. */
    @Override
    public void onApplicationEvent(AvailabilityChangeEvent<?> event) {
        super.onApplicationEvent(event);
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && started.compareAndSet(false, true)) {
            Thread worker = Thread.ofPlatform().name("startup-tasks").start(this::runTasks);
            if (!background) {
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void runTasks() {
        long start = System.nanoTime();
        try {
            for (StartupTask task : tasks.orderedStream().toList()) {
                task.run();
            }
        } catch (Exception | Error e) {
            failed = true;
            finished.countDown();
            log.error("A startup task failed; the service stays unready", e);
            AvailabilityChangeEvent.publish(events, this, LivenessState.BROKEN);
            return;
        }
        finished.countDown();
        log.info("Startup tasks done in {} ms; ready", (System.nanoTime() - start) / 1_000_000);
        AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
    }
}
