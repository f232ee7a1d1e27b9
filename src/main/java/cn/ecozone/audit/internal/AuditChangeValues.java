package cn.ecozone.audit.internal;

import cn.ecozone.shared.AuditedChange.FieldChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The values of an audit record's field changes in the reader's language (issue 14 §8): a field whose
 * values are codes of a state or kind (a work plan's state, a run's step, a user's role) reads as its
 * label, e.g. {@code SUBMITTED} as 已上报 or "Submitted"; a fixed text the platform stored in Chinese
 * (a reset password's {@code （已重置）}) reads in English for an English reader. As with the reasons
 * (ADR 0050) the words are derived when read: the record keeps the codes it was hashed with, and a
 * value with no label (a name, a number, a code added later) stays as stored.
 */
@Component
class AuditChangeValues {

    /**
     * The fields with coded values: {@code <target type>.<field>} (the type as the record's target
     * names it, before the colon) to the prefix of the values' message keys.
     */
    private static final Map<String, String> CODED = Map.ofEntries(
            // identity: accounts, organizations, administrator replacements
            Map.entry("User.role", "audit.export.role."),
            Map.entry("User.enabled", "audit.value.flag."),
            Map.entry("User.locked", "audit.value.flag."),
            Map.entry("Organization.kind", "audit.value.org-kind."),
            Map.entry("AdminReplacement.state", "audit.value.replacement."),
            // the procedure engine's runs (plans, work plans, dossiers, … all go through one)
            Map.entry("ProcedureRun.state", "audit.value.run."),
            Map.entry("ProcedureRun.step", "audit.value.step."),
            Map.entry("ProcedureRun.withdrawn", "audit.value.step."),
            Map.entry("ProcedureRun.outcome", "audit.value.outcome."),
            // the subject modules' own states
            Map.entry("Candidacy.state", "candidacy.state."),
            Map.entry("WorkPlan.state", "audit.value.work-plan."),
            Map.entry("IndicatorSubmission.state", "audit.value.submission."),
            Map.entry("KeyProject.status", "audit.value.key-project."),
            Map.entry("RegisterRecord.state", "registry.state."),
            Map.entry("ConstructionUnit.kind", "audit.value.unit-kind."),
            // a region's attributes (region.RegionManagement: terrain and three flags)
            Map.entry("Region.terrain", "audit.value.terrain."),
            Map.entry("Region.keyEcologicalFunctionArea", "audit.value.flag."),
            Map.entry("Region.grassland", "audit.value.flag."),
            Map.entry("Region.coastal", "audit.value.flag."));

    /** Fixed texts the platform stores as a value (identity.UserManagement: a password reset). */
    private static final Map<String, String> FIXED = Map.of("（已重置）", "audit.value.password-reset");

    private final MessageSource messages;

    AuditChangeValues(MessageSource messages) {
        this.messages = messages;
    }

    /** The changes of a record with target {@code target} as {@code locale} reads them. */
    List<FieldChange> read(String target, List<FieldChange> changes, Locale locale) {
        if (changes == null || changes.isEmpty() || locale == null) {
            return changes;
        }
        String type = target == null || target.indexOf(':') < 0 ? "" : target.substring(0, target.indexOf(':'));
        List<FieldChange> out = new ArrayList<>(changes.size());
        for (FieldChange c : changes) {
            String prefix = CODED.get(type + "." + c.field());
            out.add(new FieldChange(
                    c.field(), value(prefix, c.oldValue(), locale), value(prefix, c.newValue(), locale)));
        }
        return out;
    }

    private String value(String prefix, String stored, Locale locale) {
        if (stored == null || stored.isEmpty()) {
            return stored;
        }
        String fixed = FIXED.get(stored);
        if (fixed != null) {
            return messages.getMessage(fixed, null, stored, locale);
        }
        // a code is upper case with digits and underscores, or true/false; anything else is no code
        if (prefix == null || !stored.matches("[A-Z0-9_]{1,60}|true|false")) {
            return stored;
        }
        return messages.getMessage(prefix + stored, null, stored, locale);
    }
}
