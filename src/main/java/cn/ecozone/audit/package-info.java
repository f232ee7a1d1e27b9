/**
 * The append-only, keyed audit chain with checkpoints outside the database. It listens to events
 * only: {@code AuditedChange} of every module (shared kernel), logins ({@code identity :: events}) and
 * document reads ({@code document :: events}); no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"identity :: events", "document :: events", "shared"})
package cn.ecozone.audit;
