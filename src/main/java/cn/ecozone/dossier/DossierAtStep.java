package cn.ecozone.dossier;

/**
 * A submitted dossier and where its application-chain run stands: what the review, publicity, opinion
 * and title modules list when they batch a round's candidacies at one step.
 *
 * @param runId the dossier's run on the procedure engine
 * @param runState {@code OPEN}, {@code FINISHED} or {@code CANCELLED}
 * @param currentStepCode the step that waits, or {@code null} when the run is not open
 * @param opening the run's opening of that step ({@link cn.ecozone.procedure.RunSummary#opening()}): a
 *     panel, notice or opinion that takes the dossier in records it, and its requirement is met only by
 *     a record of the same opening (ADR 0027); 0 when the run is not open
 */
public record DossierAtStep(DossierSummary dossier, long runId, String runState, String currentStepCode, int opening) {}
