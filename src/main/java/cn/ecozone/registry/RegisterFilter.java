package cn.ecozone.registry;

import java.time.LocalDate;

/**
 * What a register list asks for; every part optional. {@code year} is the calendar year of {@code
 * occurredOn} and narrows {@code from}/{@code to} further; {@code query} matches the summary or the
 * source document's number.
 */
public record RegisterFilter(
        RegisterKind kind,
        String regionCode,
        Integer year,
        LocalDate from,
        LocalDate to,
        RegisterState state,
        String query) {}
