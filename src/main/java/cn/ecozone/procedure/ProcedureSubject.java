package cn.ecozone.procedure;

/**
 * The record a run belongs to, as its module names it.
 *
 * @param type e.g. {@code PLAN}; at most 32 characters
 * @param id the record's id in its module
 * @param regionCode the subject's region code (the region whose data scope covers the record)
 * @param regionPath that region's materialized path, e.g. {@code /150000/152500/152502/}
 * @param title what users see in their inbox and deadline list, e.g. the plan's title
 * @param link the UI path of the record, e.g. {@code /plans/12}
 */
public record ProcedureSubject(String type, long id, String regionCode, String regionPath, String title, String link) {}
