package cn.ecozone.review;

import java.time.LocalDate;

/** An expert's relations the recusal rules read, as staff enter them and the pool shows them. */
public final class ExpertRelations {

    private ExpertRelations() {}

    /**
     * An employer of the expert; {@code to} null while employed.
     *
     * @param kind GOVERNMENT, DEPARTMENT, CONSULTANCY or OTHER
     * @param draftedForCode for a CONSULTANCY, the region whose plan it drafted, else null
     */
    public record Employment(
            String employer, String regionCode, String kind, String draftedForCode, LocalDate from, LocalDate to) {}

    /** A plan the expert drafted or reviewed ({@code part} DRAFTED or REVIEWED), by its subject's region. */
    public record PlanPart(String regionCode, String part) {}

    /** A personal or family tie the expert declared to a region. */
    public record Tie(String regionCode, String note) {}
}
