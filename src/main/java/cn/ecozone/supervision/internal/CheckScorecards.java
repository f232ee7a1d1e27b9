package cn.ecozone.supervision.internal;

import cn.ecozone.indicator.EditionHeader;
import cn.ecozone.indicator.EditionManagement;
import cn.ecozone.indicator.EvaluationManagement;
import cn.ecozone.indicator.Scorecard;
import cn.ecozone.regulation.TitleRules.CheckKind;
import cn.ecozone.shared.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scorecard(s) a check judges (ADR 0035): computed live from the edition named on the check while it
 * is open, frozen as JSON when the province concludes it, and read back from that JSON afterwards, so a
 * value changed after the conclusion (a year reopened and confirmed again) does not alter what the check
 * judged.
 */
@Component
class CheckScorecards {

    private final EvaluationManagement evaluations;
    private final EditionManagement editions;
    private final JsonMapper json;

    CheckScorecards(EvaluationManagement evaluations, EditionManagement editions, JsonMapper json) {
        this.evaluations = evaluations;
        this.editions = editions;
        this.json = json;
    }

    /**
     * What the check's page shows: the frozen scorecard(s) of a concluded check, the live ones of an open
     * check (or of one concluded before they were frozen). Precondition: the check lies in the actor's scope.
     */
    JudgedScorecards shown(CheckEntity c, Actor actor, Locale locale) {
        String frozen = c.conclusion() == null ? null : c.conclusion().judgedJson();
        return frozen == null ? live(c, actor, locale) : read(frozen);
    }

    /**
     * The live scorecard(s) as JSON, in Chinese (the record's language), to be frozen with the conclusion.
     * Precondition: the check is open and lies in the actor's scope.
     */
    String freeze(CheckEntity c, Actor actor) {
        return json.writeValueAsString(live(c, actor, Locale.SIMPLIFIED_CHINESE));
    }

    /** Reads frozen JSON back. */
    JudgedScorecards read(String frozen) {
        return json.readValue(frozen, JudgedScorecards.class);
    }

    /**
     * The checklist of an on-site check: the region's scorecard for the year before the check (IM eco-civ
     * art. 19), within the edition's years; the index of a post-evaluation: one scorecard per year since
     * naming up to the year before the check (Guizhou art. 22).
     */
    private JudgedScorecards live(CheckEntity c, Actor actor, Locale locale) {
        if (c.editionCode() == null) {
            return JudgedScorecards.NONE;
        }
        Optional<EditionHeader> header = header(c.editionCode(), actor);
        if (header.isEmpty()) {
            return JudgedScorecards.NONE;
        }
        EditionHeader h = header.get();
        if (c.kind() == CheckKind.SITE_CHECK) {
            int year = Math.max(h.firstYear(), Math.min(c.openedOn().getYear() - 1, h.lastYear()));
            return new JudgedScorecards(
                    evaluations.evaluate(c.editionCode(), c.regionCode(), null, year, actor, locale), List.of());
        }
        int from = Math.max(c.namedOn().getYear(), h.firstYear());
        int to = Math.min(c.openedOn().getYear() - 1, h.lastYear());
        List<Scorecard> cards = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            cards.add(evaluations.evaluate(c.editionCode(), c.regionCode(), null, year, actor, locale));
        }
        return new JudgedScorecards(null, cards);
    }

    private Optional<EditionHeader> header(String code, Actor actor) {
        try {
            return Optional.of(editions.detail(code, actor).header());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
