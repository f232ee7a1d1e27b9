package cn.ecozone.supervision;

/**
 * A finding on a checklist row ({@code indicatorCode}) or on the whole check (absent).
 *
 * @param textZh required, at most 2,000 characters
 */
public record FindingInput(String indicatorCode, String textZh) {}
