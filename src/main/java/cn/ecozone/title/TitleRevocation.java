package cn.ecozone.title;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.shared.ApiException;
import cn.ecozone.title.internal.TitleEntity;
import cn.ecozone.title.internal.Titles;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revokes a title by a decision (issue 13 §3; Guizhou art. 24 by the department; IM by the Ministry,
 * recorded by the province): the title becomes {@code REVOKED} (the public list shows 已撤销) and its
 * candidacy {@code REVOKED} with a timeline entry. Called by the enforcement module in the transaction
 * that records the decision; that module has checked the decider.
 */
@Service
public class TitleRevocation {

    private final Titles titles;
    private final CandidacyManagement candidacies;

    TitleRevocation(Titles titles, CandidacyManagement candidacies) {
        this.titles = titles;
        this.candidacies = candidacies;
    }

    /**
     * Revokes title {@code titleId}. Preconditions: a decision reference (e.g. the proposal and the
     * document number) and a reason, both non-blank.
     *
     * @param decisionRef at most 200 characters
     * @param on the day of the decision (Beijing)
     * @param decidedBy the username of the person who recorded the decision
     * @throws TitleFacts.AlreadyRevoked (409) when it was revoked before
     */
    @Transactional
    public TitleState revoke(long titleId, String decisionRef, String reason, LocalDate on, String decidedBy) {
        TitleEntity t = titles.findById(titleId).orElseThrow(() -> ApiException.notFound("title.not-found", titleId));
        titles.saveAndFlush(t.revoke(decisionRef, reason, on));
        candidacies.revoked(t.candidacyId(), titleId, decisionRef + "：" + reason, decidedBy);
        return TitleState.REVOKED;
    }
}
