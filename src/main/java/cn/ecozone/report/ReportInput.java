package cn.ecozone.report;

/**
 * What the subject writes: the report's text and its progress on the plan's tasks (free text; the key
 * projects are taken from the project library when it submits).
 */
public record ReportInput(String text, String progress) {}
