package cn.ecozone.dossier.internal;

import cn.ecozone.dossier.DossierView.Change;
import cn.ecozone.dossier.DossierView.SnapshotRow;
import cn.ecozone.dossier.DossierView.SnapshotView;
import cn.ecozone.dossier.DossierView.YearValue;
import cn.ecozone.indicator.Attainment;
import cn.ecozone.indicator.Binding;
import cn.ecozone.indicator.EvaluationManagement;
import cn.ecozone.indicator.Scorecard;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicator snapshot of a dossier: the evaluation of the edition the regulation names for the
 * subject's level ({@code indicators}), for the {@code years} calendar years before the as-of date's year
 * (近3年), through the indicator module's façade. A draft shows it live; submission freezes it as JSON on
 * the dossier, and later reads show the frozen one with the values that changed since.
 */
@Component
public class Snapshots {

    /** What is frozen: the edition, the years and the rows. */
    record Frozen(Instant takenAt, String editionCode, List<Integer> years, List<SnapshotRow> rows) {}

    private final EvaluationManagement evaluations;
    private final JsonMapper json;

    Snapshots(EvaluationManagement evaluations, JsonMapper json) {
        this.evaluations = evaluations;
        this.json = json;
    }

    /** The live snapshot as of {@code day}. */
    public SnapshotView live(Regulation regulation, DossierEntity d, LocalDate day, Actor actor) {
        var rule = regulation.indicatorsFor(d.subjectLevel()).orElse(null);
        if (rule == null || rule.edition() == null) {
            return noEdition(rule);
        }
        List<Integer> years = years(rule, day);
        List<SnapshotRow> rows = rows(rule.edition(), d, years, actor);
        return view(rule, false, null, rule.edition(), years, rows, List.of());
    }

    /** The frozen snapshot JSON of a submission as of {@code day}. */
    public String freeze(Regulation regulation, DossierEntity d, LocalDate day, Instant now, Actor actor) {
        SnapshotView live = live(regulation, d, day, actor);
        return json.writeValueAsString(new Frozen(now, live.editionCode(), live.years(), live.rows()));
    }

    /** The frozen snapshot, with the values that changed since it was taken. */
    public SnapshotView frozen(Regulation regulation, DossierEntity d, Actor actor) {
        var rule = regulation.indicatorsFor(d.subjectLevel()).orElse(null);
        Frozen f = json.readValue(d.snapshot(), Frozen.class);
        if (rule == null || f.editionCode() == null) {
            SnapshotView none = noEdition(rule);
            return new SnapshotView(
                    true,
                    f.takenAt(),
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    false,
                    none.article(),
                    List.of(),
                    none.noteZh());
        }
        List<SnapshotRow> now = rows(f.editionCode(), d, f.years(), actor);
        return view(rule, true, f.takenAt(), f.editionCode(), f.years(), f.rows(), changes(f.rows(), now));
    }

    private List<SnapshotRow> rows(String edition, DossierEntity d, List<Integer> years, Actor actor) {
        Map<String, SnapshotRow> rows = new LinkedHashMap<>();
        for (int year : years) {
            Scorecard card;
            try {
                card = evaluations.evaluate(
                        edition, d.regionCode(), d.unitId(), year, actor, Locale.SIMPLIFIED_CHINESE);
            } catch (ApiException outsideTheEdition) {
                continue;
            }
            for (Scorecard.Row r : card.rows()) {
                SnapshotRow before = rows.get(r.code());
                List<YearValue> values = new ArrayList<>(before == null ? List.of() : before.values());
                values.add(new YearValue(year, r.value(), r.status().name()));
                boolean met = (before == null || before.met()) && attained(r.status());
                rows.put(
                        r.code(),
                        new SnapshotRow(r.code(), r.name(), r.binding().name(), List.copyOf(values), met));
            }
        }
        return List.copyOf(rows.values());
    }

    private static boolean attained(Attainment a) {
        return a == Attainment.MET || a == Attainment.NOT_APPLICABLE;
    }

    private static List<Change> changes(List<SnapshotRow> frozen, List<SnapshotRow> now) {
        Map<String, Double> current = new LinkedHashMap<>();
        now.forEach(r -> r.values().forEach(v -> current.put(r.indicatorCode() + "@" + v.year(), v.value())));
        List<Change> changes = new ArrayList<>();
        for (SnapshotRow r : frozen) {
            for (YearValue v : r.values()) {
                Double value = current.get(r.indicatorCode() + "@" + v.year());
                if (!Objects.equals(value, v.value())) {
                    changes.add(new Change(r.indicatorCode(), v.year(), v.value(), value));
                }
            }
        }
        return changes;
    }

    private static List<Integer> years(Regulation.IndicatorRule rule, LocalDate day) {
        List<Integer> years = new ArrayList<>();
        for (int y = day.getYear() - rule.years(); y < day.getYear(); y++) {
            years.add(y);
        }
        return years;
    }

    private static SnapshotView view(
            Regulation.IndicatorRule rule,
            boolean frozen,
            Instant takenAt,
            String edition,
            List<Integer> years,
            List<SnapshotRow> rows,
            List<Change> changed) {
        List<String> notMet = rows.stream()
                .filter(r -> Binding.BINDING.name().equals(r.binding()) && !r.met())
                .map(SnapshotRow::indicatorCode)
                .toList();
        // IM eco-civ art. 10(三) asks every indicator (各项建设指标) to be met, binding or not
        boolean blocks =
                rule.allMetRequired() && (rows.isEmpty() || rows.stream().anyMatch(r -> !r.met()));
        return new SnapshotView(
                frozen,
                takenAt,
                edition,
                years,
                rows,
                notMet,
                blocks,
                rule.citation().article(),
                changed,
                rule.citation().noteZh());
    }

    private static SnapshotView noEdition(Regulation.IndicatorRule rule) {
        String note = "本级申报主体暂无平台录入的建设指标版本，不显示指标评价结果"
                + (rule != null && rule.citation().noteZh() != null
                        ? "：" + rule.citation().noteZh()
                        : "。");
        return new SnapshotView(
                false,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                rule != null && rule.blocksWithoutEdition(),
                rule == null ? null : rule.citation().article(),
                List.of(),
                note);
    }
}
