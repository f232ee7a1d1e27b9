package cn.ecozone.grading;

/**
 * What the committee office gives with a grade: the comprehensive opinion (综合评议, required), the
 * feedback and the suggestions for a region with gaps (art. 10, optional); each up to 4,000 characters.
 */
public record GradeInput(String opinion, String feedback, String suggestions) {}
