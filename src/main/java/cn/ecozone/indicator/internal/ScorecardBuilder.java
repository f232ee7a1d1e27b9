package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.Attainment;
import cn.ecozone.indicator.Binding;
import cn.ecozone.indicator.Scorecard;
import cn.ecozone.indicator.edition.ValueRange;
import cn.ecozone.indicator.target.Facts;
import cn.ecozone.indicator.target.Outcome;
import cn.ecozone.indicator.target.Text;
import cn.ecozone.region.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Evaluates every indicator of an edition for one region (or construction unit) and year, and sums up. */
@Component
public class ScorecardBuilder {

    private final MessageSource messages;
    private final JsonMapper json;

    ScorecardBuilder(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /**
     * @param owner the region, or a construction unit with its region; the region's level and
     *     terrain decide applicability and terrain-dependent targets
     * @param current the region's (or unit's) values of the year, by indicator code
     * @param previous the values of the year before
     * @param baseline the values of the edition's first year
     * @param averages this year's reference averages by indicator code, published or computed
     */
    public Scorecard build(
            EditionModel model,
            ValueOwner owner,
            int year,
            Map<String, OwnerValue> current,
            Map<String, OwnerValue> previous,
            Map<String, OwnerValue> baseline,
            Map<String, ReferenceAverage> averages,
            Locale locale) {
        Region region = owner.region();
        List<Scorecard.Row> rows = new ArrayList<>();
        int met = 0, applicable = 0, notMet = 0, noData = 0, judgement = 0;
        double weightMet = 0, weightAll = 0;
        List<String> bindingNotMet = new ArrayList<>();
        for (EditionModel.Row row : model.rows()) {
            OwnerValue held = current.get(row.code());
            // a value, a year before or a baseline that cannot be used counts as absent
            UsableValue v = UsableValue.of(row, held, json);
            boolean unusable = held != null && v == null;
            boolean applies = row.applies() == null || row.applies().appliesTo(region);
            Facts facts = HeldFacts.of(
                    row,
                    v,
                    UsableValue.of(row, previous.get(row.code()), json),
                    UsableValue.of(row, baseline.get(row.code()), json),
                    averages.get(row.code()),
                    region);
            Outcome outcome = applies ? row.target().evaluate(facts) : null;
            Attainment status = applies ? outcome.status() : Attainment.NOT_APPLICABLE;
            String reason;
            if (!applies) {
                reason = messages.getMessage("indicator.not-applicable", null, locale);
            } else if (!unusable) {
                reason = render(outcome.reason(), locale); // built here, where it is shown (issue 10)
            } else {
                reason = messages.getMessage(
                        "indicator.value.unusable",
                        new Object[] {
                            ValueRange.plain(row.range().min()),
                            ValueRange.plain(row.range().max())
                        },
                        locale);
            }
            rows.add(new Scorecard.Row(
                    row.code(),
                    row.number(),
                    // issue 14 §8: the group path in English where ours exists, else the edition's Chinese
                    Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) && row.groupPathEn() != null
                            ? row.groupPathEn()
                            : row.groupPath(),
                    Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) && row.nameEn() != null
                            ? row.nameEn()
                            : row.nameZh(),
                    row.unit(),
                    row.binding(),
                    row.valueType(),
                    row.targetTextZh(),
                    render(row.target().describe(facts), locale),
                    v == null ? null : v.numberValue(),
                    v == null ? null : v.flagValue(),
                    v == null ? null : v.gradeValue(),
                    status,
                    applies ? outcome.gap() : null,
                    reason,
                    row.uncertain(),
                    unusable));
            if (status == Attainment.NOT_APPLICABLE) {
                continue;
            }
            applicable++;
            double weight = row.weight() == null ? 1 : row.weight();
            weightAll += weight;
            switch (status) {
                case MET -> {
                    met++;
                    weightMet += weight;
                }
                case NOT_MET -> notMet++;
                case NO_DATA -> noData++;
                default -> judgement++;
            }
            if (status != Attainment.MET && row.binding() == Binding.BINDING) {
                bindingNotMet.add(row.code());
            }
        }
        EditionEntity e = model.edition();
        Double score = applicable == 0
                ? null
                : Math.round(("WEIGHTED".equals(e.scoreMethod()) ? weightMet / weightAll : (double) met / applicable)
                                * 1000)
                        / 10.0;
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        String note = english ? e.scoreNoteEn() : e.scoreNoteZh();
        return new Scorecard(
                e.code(),
                english && e.titleEn() != null && !e.titleEn().isBlank() ? e.titleEn() : e.titleZh(),
                e.complete(),
                region.code(),
                region.name(),
                owner.unitOrNull(),
                owner.unitName(),
                year,
                rows,
                new Scorecard.Summary(
                        met, applicable, notMet, noData, judgement, bindingNotMet, score, e.scoreMethod(), note),
                current.values().stream().anyMatch(OwnerValue::synthetic));
    }

    /** Renders a target's text, nested texts included, from {@code i18n/indicator_messages}. */
    static String render(Text text, Locale locale) {
        return text == null ? null : text.render(locale);
    }
}
