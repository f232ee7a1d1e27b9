/**
 * Enforcement after the title (issue 13 §3, ADR 0030): proposals opened automatically from evidence
 * (the registers, the confirmed indicator values, a concluded check, an overdue rectification) under the conditions of Guizhou art. 24
 * and IM eco-civ art. 18, decided only by a person on the regulation's {@code enforcement.proposal}
 * steps; the chain rectification order → overdue → warning → overdue → revocation, each period in
 * working days with its deadline; revocation ends the title ({@code title.TitleRevocation}) and the
 * candidacy becomes {@code REVOKED}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Enforcement",
        allowedDependencies = {
            "shared",
            "region",
            "regulation",
            "calendar",
            "registry",
            "title",
            "procedure",
            "deadline",
            "deadline :: events",
            "supervision",
            "archive",
            "indicator",
            "document"
        })
package cn.ecozone.enforcement;
