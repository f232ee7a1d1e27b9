package cn.ecozone.opinion.internal;

import cn.ecozone.dossier.RoundManagement;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.opinion.OpinionFacts;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import java.util.EnumSet;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who reads and who forms an opinion: the province's staff and the prefecture's bodies read the opinions
 * of their scope; the body the round's regulation names at the step, of the opinion's region, forms it.
 */
@Component
public class OpinionAccess {

    /** The roles that read opinions (in their data scope). */
    public static final Set<Role> READERS =
            EnumSet.of(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT);

    private final Opinions opinions;
    private final OpinionRecord record;
    private final RoundManagement rounds;

    OpinionAccess(Opinions opinions, OpinionRecord record, RoundManagement rounds) {
        this.opinions = opinions;
        this.record = record;
        this.rounds = rounds;
    }

    /** The opinion, when the actor reads it. @throws OpinionFacts.OpinionNotFound otherwise */
    public OpinionEntity visible(long id, Actor actor) {
        return opinions.findById(id)
                .filter(o -> readable(o, actor))
                .orElseThrow(() -> new OpinionFacts.OpinionNotFound(id));
    }

    /** As {@link #visible} with the row locked until the transaction ends. */
    public OpinionEntity lockVisible(long id, Actor actor) {
        return opinions.lockById(id)
                .filter(o -> readable(o, actor))
                .orElseThrow(() -> new OpinionFacts.OpinionNotFound(id));
    }

    /** The opinion, when the actor is of the body that forms it. @throws OpinionFacts.NotTheOpinionBody */
    public OpinionEntity own(long id, Actor actor) {
        OpinionEntity o = visible(id, actor);
        if (!forms(o, actor)) {
            throw new OpinionFacts.NotTheOpinionBody(o.stepCode());
        }
        return o;
    }

    /** Whether the actor is of the body that forms the opinion. */
    public boolean forms(OpinionEntity o, Actor actor) {
        return o.scopeCode().equals(actor.regionCode()) && record.formsOpinion(round(o.roundId()), o.stepCode(), actor);
    }

    /** The round. @throws ApiException 404 for an unknown one */
    public RoundView round(long roundId) {
        try {
            return rounds.view(roundId);
        } catch (NoSuchElementException e) {
            throw ApiException.notFound("error.round.not-found", roundId);
        }
    }

    private static boolean readable(OpinionEntity o, Actor actor) {
        return READERS.contains(actor.role()) && actor.scope().includes(o.scopePath());
    }
}
