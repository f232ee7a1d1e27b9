package cn.ecozone.dossier;

/**
 * A submitted dossier and where its application-chain run stands: what the review, publicity, opinion
 * and title modules list when they batch a round's candidacies at one step.
 *
 * @param runId the dossier's run on the procedure engine
 * @param runState {@code OPEN}, {@code FINISHED} or {@code CANCELLED}
 * @param currentStepCode the step that waits, or {@code null} when the run is not open
 */
public record DossierAtStep(DossierSummary dossier, long runId, String runState, String currentStepCode) {}
