package cn.ecozone.shared;

/**
 * Work done once at every start, after the port has opened, in the background (the demo data): the
 * application is ready (readiness {@code ACCEPTING_TRAFFIC}, logins accepted) only when every task
 * has finished. Tasks run one after the other in {@code @Order}, after every {@code ApplicationRunner}
 * and every other {@code ApplicationReadyEvent} listener. A task must be idempotent (it runs again at
 * the next start) and may assume nobody else changes data meanwhile: logins wait for it.
 */
@FunctionalInterface
public interface StartupTask {

    void run() throws Exception;
}
