package cn.ecozone.review.internal;

import cn.ecozone.review.PanelManagement.AliasSheet;
import cn.ecozone.review.PanelManagement.DossierScores;
import cn.ecozone.review.ReviewFacts;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The province's reading of one covered dossier's scores (the disagreement view, by alias, sealed until
 * every scorer submitted or the panel closed) and the written reconciliation of a criterion whose spread
 * exceeds the regulation's threshold.
 */
@Component
public class PanelScoring {

    private final PanelAccess access;
    private final PanelRows rows;
    private final PanelResults results;
    private final Clock clock;

    PanelScoring(PanelAccess access, PanelRows rows, PanelResults results, Clock clock) {
        this.access = access;
        this.rows = rows;
        this.results = results;
        this.clock = clock;
    }

    /** The disagreement view of one dossier: scores by alias, spreads, reconciliations. 409 while sealed. */
    public DossierScores scores(long panelId, long dossierId, Actor actor) {
        PanelEntity panel = access.visible(panelId, actor);
        access.covered(panel, dossierId);
        Scoreboard board = results.board(panel, dossierId);
        if (!board.open()) {
            throw new ReviewFacts.ScoresSealed();
        }
        Map<Long, String> aliases = board.aliases();
        List<AliasSheet> sheets = board.submitted().stream()
                .map(s -> new AliasSheet(aliases.get(s.expertId()), s.scores(), s.opinion()))
                .sorted(Comparator.comparing(AliasSheet::alias))
                .toList();
        Map<String, String> reconciled = rows.reconciliations(panel.id()).stream()
                .filter(r -> r.dossierId() == dossierId)
                .collect(Collectors.toMap(PanelRows.Reconciliation::criterionCode, PanelRows.Reconciliation::text));
        return new DossierScores(
                dossierId, results.result(panel, board), sheets, board.needingReconciliation(), reconciled);
    }

    /** Records the written reconciliation of a criterion whose spread exceeds the threshold. */
    public DossierScores reconcile(long panelId, long dossierId, String criterion, String text, Actor actor) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalid("text", "review.input.required");
        }
        if (text.length() > 2000) {
            throw ApiException.invalid("text", "review.input.too-long", 2000);
        }
        PanelEntity panel = access.locked(panelId, actor);
        panel.requireOpen();
        access.covered(panel, dossierId);
        Scoreboard board = results.board(panel, dossierId);
        if (!board.open()) {
            throw new ReviewFacts.ScoresSealed();
        }
        if (!board.needingReconciliation().contains(criterion)) {
            throw new ReviewFacts.NoReconciliationNeeded(criterion);
        }
        rows.reconcile(panel.id(), dossierId, criterion, text.strip(), actor.username(), clock.instant());
        return scores(panelId, dossierId, actor);
    }
}
