package cn.ecozone.review.internal;

import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code PANEL_CLOSED} (ADR 0027): a step that needs the expert panel (IM art. 14 (二) 专家评审赋分; GZ art.
 * 14 资料审核和实地核查) completes only once the panel covering the dossier at that step has closed.
 */
@Component
class PanelClosedRequirement implements StepRequirement {

    private final PanelRows rows;
    private final Panels panels;

    PanelClosedRequirement(PanelRows rows, Panels panels) {
        this.rows = rows;
        this.panels = panels;
    }

    @Override
    public Requirement requirement() {
        return Requirement.PANEL_CLOSED;
    }

    @Override
    public Optional<Unmet> check(Context context) {
        boolean closed = "DOSSIER".equals(context.subjectType())
                && rows.coverage(context.subjectId(), context.stepCode())
                        .flatMap(c -> panels.findById(c.panelId()))
                        .map(PanelEntity::closed)
                        .orElse(false);
        return closed
                ? Optional.empty()
                : Optional.of(Unmet.of(Requirement.PANEL_CLOSED, "review.panel.not-closed", context.stepCode()));
    }
}
