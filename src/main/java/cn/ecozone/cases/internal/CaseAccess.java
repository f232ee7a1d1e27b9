package cn.ecozone.cases.internal;

import cn.ecozone.cases.CaseFacts;
import cn.ecozone.cases.CaseState;
import cn.ecozone.procedure.SubjectRoles;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who reads a case and the case locked for an act: staff in whose data scope its region lies (a draft
 * only its own region), an expert only a case it was appointed to; anybody else gets 404.
 */
@Component
public class CaseAccess {

    private final TypicalCases cases;
    private final ReviewerRows reviewers;

    CaseAccess(TypicalCases cases, ReviewerRows reviewers) {
        this.cases = cases;
        this.reviewers = reviewers;
    }

    /** The case if the actor may read it, else 404. */
    public TypicalCaseEntity readable(long id, Actor actor) {
        TypicalCaseEntity c = cases.findById(id).orElseThrow(CaseFacts.CaseNotFound::new);
        if (!mayRead(c, actor)) {
            throw new CaseFacts.CaseNotFound();
        }
        return c;
    }

    /**
     * The case, its row locked until the transaction ends, readable by the actor and still at {@code
     * version}; else 400 (no version), 404 or 409. Precondition: a transaction is open.
     */
    public TypicalCaseEntity locked(long id, Long version, Actor actor) {
        if (version == null) {
            throw ApiException.invalid("version", "cases.input.required");
        }
        TypicalCaseEntity c = cases.lockById(id).orElseThrow(CaseFacts.CaseNotFound::new);
        if (!mayRead(c, actor)) {
            throw new CaseFacts.CaseNotFound();
        }
        if (c.version() != version) {
            throw new CaseFacts.CaseChanged();
        }
        return c;
    }

    /** As {@link #locked}, for the case's own government only (403 for anybody else in scope). */
    public TypicalCaseEntity ownLocked(long id, Long version, Actor actor) {
        TypicalCaseEntity c = locked(id, version, actor);
        if (!c.regionCode().equals(actor.regionCode()) || !SubjectRoles.GOVERNMENTS.contains(actor.role())) {
            throw new CaseFacts.NotTheActor();
        }
        return c;
    }

    private boolean mayRead(TypicalCaseEntity c, Actor actor) {
        if (actor.role() == Role.EXPERT) {
            return reviewers.everSeated(c.id(), actor.userId());
        }
        return actor.scope().includes(c.regionPath())
                && (c.state() != CaseState.DRAFT || c.regionCode().equals(actor.regionCode()));
    }
}
