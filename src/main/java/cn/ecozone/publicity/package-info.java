/**
 * Publicity (公示, issue 12 §3): the notices that list a round's dossiers waiting at a chain step of kind
 * PUBLICITY, published on the public portal with their period counted in working days; the public
 * complaint desk (anonymous or real-name, with a tracking number); the investigation of each complaint
 * by the body the regulation names, with its finding; and the two step requirements it keeps ({@code
 * PUBLICITY_ENDED}, {@code NO_BLOCKING_COMPLAINT}, ADR 0027). Other modules read outcomes through
 * {@link cn.ecozone.publicity.PublicityManagement#outcomes}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Publicity",
        allowedDependencies = {
            "shared",
            "region",
            "regulation",
            "procedure",
            "dossier",
            "document",
            "calendar",
            "deadline",
            "notification",
            "identity"
        })
package cn.ecozone.publicity;
