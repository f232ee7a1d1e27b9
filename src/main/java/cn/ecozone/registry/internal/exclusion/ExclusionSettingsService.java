package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.ExclusionSetting;
import cn.ecozone.registry.ExclusionSettingChanged;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.RegulationSummary;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's exclusion thresholds (issue 11 §2): the settings each regulation of the province
 * declares, with the province's values; changed by province staff of that province only, audited, with a
 * version check (409 when another change came first).
 */
@Service
public class ExclusionSettingsService {

    private static final int NOTE_LENGTH = 500;

    private final RegulationManagement regulations;
    private final ExclusionSettingRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExclusionSettingsService(
            RegulationManagement regulations,
            ExclusionSettingRows rows,
            ApplicationEventPublisher events,
            Clock clock) {
        this.regulations = regulations;
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    /** The settings of the regulations whose jurisdiction is the actor's province, set or not. */
    @Transactional(readOnly = true)
    public List<ExclusionSetting> list(Actor actor) {
        String jurisdiction = province(actor);
        Map<String, ExclusionSettingRows.Row> stored = rows.of(jurisdiction).stream()
                .collect(Collectors.toMap(
                        r -> r.regulationCode() + "/" + r.exclusionCode() + "/" + r.key(), Function.identity()));
        List<ExclusionSetting> result = new ArrayList<>();
        for (Regulation r : latest(jurisdiction)) {
            ApplicationRules.Exclusions exclusions = r.application().exclusions();
            for (ApplicationRules.ExclusionSetting s : exclusions.settings()) {
                result.add(view(r, s, stored.get(r.code() + "/" + s.item() + "/" + s.key())));
            }
        }
        return result;
    }

    /**
     * Sets one threshold of the actor's province.
     *
     * @throws ApiException 404 for a setting its province's regulations do not declare; 400 naming
     *     {@code value} when it is missing or outside the declared range, {@code note} when too long; 409
     *     when the version is stale
     */
    @Transactional
    public ExclusionSetting change(Actor actor, ExclusionSetting.Change change) {
        String jurisdiction = province(actor);
        Regulation regulation = latest(jurisdiction).stream()
                .filter(r -> r.code().equals(change.regulationCode()))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("error.exclusion-setting.not-found", change.key()));
        ApplicationRules.ExclusionSetting declared = regulation.application().exclusions().settings().stream()
                .filter(s -> s.item().equals(change.exclusionCode()) && s.key().equals(change.key()))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("error.exclusion-setting.not-found", change.key()));
        BigDecimal value = change.value();
        if (value == null) {
            throw ApiException.invalid("value", "error.exclusion-setting.value.required", declared.textZh());
        }
        if (value.compareTo(declared.min()) < 0 || value.compareTo(declared.max()) > 0 || value.scale() > 3) {
            throw ApiException.invalid(
                    "value",
                    "error.exclusion-setting.value.range",
                    declared.textZh(),
                    plain(declared.min()),
                    plain(declared.max()));
        }
        String note = change.note() == null || change.note().isBlank()
                ? null
                : change.note().strip();
        if (note != null && note.length() > NOTE_LENGTH) {
            throw ApiException.invalid("note", "error.exclusion-setting.note.length", NOTE_LENGTH);
        }
        Instant now = clock.instant();
        var current = rows.lock(jurisdiction, regulation.code(), declared.item(), declared.key());
        List<FieldChange> changes = new ArrayList<>();
        if (current.isEmpty()) {
            if (change.version() != null) {
                throw ApiException.conflict("error.conflict.stale");
            }
            rows.insert(new ExclusionSettingRows.Row(
                    0,
                    jurisdiction,
                    regulation.code(),
                    declared.item(),
                    declared.key(),
                    value,
                    note,
                    actor.username(),
                    now,
                    0));
            FieldChange.addIfChanged(changes, "value", null, plain(value));
            FieldChange.addIfChanged(changes, "note", null, note);
        } else {
            ExclusionSettingRows.Row row = current.get();
            if (change.version() == null || change.version() != row.version()) {
                throw ApiException.conflict("error.conflict.stale");
            }
            rows.update(row.id(), row.version(), value, note, actor.username(), now);
            FieldChange.addIfChanged(changes, "value", plain(row.value()), plain(value));
            FieldChange.addIfChanged(changes, "note", row.note(), note);
        }
        events.publishEvent(new ExclusionSettingChanged(
                jurisdiction, regulation.code(), declared.item(), declared.key(), note, changes));
        return view(
                regulation,
                declared,
                rows.lock(jurisdiction, regulation.code(), declared.item(), declared.key())
                        .orElseThrow());
    }

    /** The actor's province: the first code of its region path. */
    private static String province(Actor actor) {
        String path = actor.regionPath();
        return path.substring(1, path.indexOf('/', 1));
    }

    private List<Regulation> latest(String jurisdiction) {
        return regulations.versions(true).stream()
                .filter(s -> jurisdiction.equals(s.jurisdiction()))
                .map(RegulationSummary::code)
                .distinct()
                .map(code -> regulations.latest(code, true))
                .toList();
    }

    private static ExclusionSetting view(
            Regulation r, ApplicationRules.ExclusionSetting s, ExclusionSettingRows.Row row) {
        ApplicationRules.Rule item = r.application().exclusions().items().stream()
                .filter(i -> i.code().equals(s.item()))
                .findFirst()
                .orElseThrow();
        return new ExclusionSetting(
                r.jurisdiction(),
                r.code(),
                r.version(),
                r.titleZh(),
                s.item(),
                item.textZh(),
                Objects.requireNonNullElse(
                        s.citation().article(), item.citation().article()),
                s.key(),
                s.textZh(),
                s.unit(),
                s.suggested(),
                s.min(),
                s.max(),
                s.citation().noteZh(),
                row == null ? null : row.value(),
                row == null ? null : row.note(),
                row == null ? null : row.setBy(),
                row == null ? null : row.setAt(),
                row == null ? null : row.version());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
