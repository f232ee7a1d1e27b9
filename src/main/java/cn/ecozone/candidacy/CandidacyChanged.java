package cn.ecozone.candidacy;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/** A candidacy was created or moved to another state (audited: old → new state, with the reason). */
public record CandidacyChanged(long id, String subjectName, String action, String reason, List<FieldChange> changes)
        implements AuditedChange {

    @Override
    public String targetType() {
        return "Candidacy";
    }

    @Override
    public String targetId() {
        return Long.toString(id);
    }
}
