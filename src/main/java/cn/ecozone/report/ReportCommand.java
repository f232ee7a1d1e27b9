package cn.ecozone.report;

/**
 * An act on a report from the procedure panel: {@code ACT} at {@code stepCode} (the subject submits, a
 * reviewer accepts), {@code RETURN} with a reason, or {@code WITHDRAW}; with the report's version read.
 */
public record ReportCommand(String action, String stepCode, String opinion, String reason, Long version) {}
