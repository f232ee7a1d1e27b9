package cn.ecozone.supervision;

import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.RegulationSummary;
import cn.ecozone.regulation.TitleRules;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.shared.Role;
import cn.ecozone.supervision.internal.CheckOpening;
import cn.ecozone.supervision.internal.CheckSettingEntity;
import cn.ecozone.supervision.internal.CheckSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's own timing of its scheduled checks (Guizhou art. 22 适时; ADR 0029: a date the seed
 * leaves open is a setting of the province, the shipped value a suggestion marked uncertain): a delay
 * in calendar days after the 满N年 day. Only the province department of the province reads and sets it;
 * each change is audited with the old and new value ({@link SupervisionSettingChanged}).
 */
@Service
@Transactional(readOnly = true)
public class SupervisionSettings {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final RegulationManagement regulations;
    private final CheckSettings settings;
    private final CheckOpening opening;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionSettings(
            RegulationManagement regulations,
            CheckSettings settings,
            CheckOpening opening,
            ApplicationEventPublisher events,
            Clock clock) {
        this.regulations = regulations;
        this.settings = settings;
        this.opening = opening;
        this.events = events;
        this.clock = clock;
    }

    /** The scheduled checks of the latest published regulations of the actor's province, with their setting. */
    public List<SupervisionSetting> list(Actor actor) {
        String province = province(actor);
        Map<String, CheckSettingEntity> set = settings.findByKeyProvinceCode(province).stream()
                .collect(Collectors.toMap(s -> s.key().checkCode(), Function.identity()));
        List<SupervisionSetting> out = new ArrayList<>();
        for (TitleRulesOf r : rules(province)) {
            for (TitleRules.Check c : r.checks()) {
                CheckSettingEntity s = set.get(c.code());
                out.add(new SupervisionSetting(
                        r.code(),
                        c.code(),
                        c.kind().name(),
                        c.afterYears(),
                        c.textZh(),
                        c.citation() == null ? null : c.citation().article(),
                        c.citation() != null
                                && (c.citation().uncertain() || c.citation().silent()),
                        c.citation() == null ? null : c.citation().noteZh(),
                        s == null ? 0 : s.delayDays(),
                        s != null,
                        s == null ? null : s.version(),
                        s == null ? null : s.updatedBy(),
                        s == null ? null : s.updatedAt()));
            }
        }
        return out;
    }

    /**
     * Sets the delay of one of the province's checks; a check opened already keeps its day. A lower delay
     * that would move the due day of a check not opened yet before the catch-up window (so that it would
     * never open) is refused (review finding 7, ADR 0035 amendment of 2026-12-07).
     *
     * @throws ApiException 400 naming the field, 409 when stale
     */
    @Transactional
    public List<SupervisionSetting> put(SettingInput in, Actor actor) {
        String province = province(actor);
        if (in == null || in.checkCode() == null || in.checkCode().isBlank()) {
            throw ApiException.invalid("checkCode", "supervision.setting.check-required");
        }
        boolean known = rules(province).stream()
                .flatMap(r -> r.checks().stream())
                .anyMatch(c -> c.code().equals(in.checkCode().strip()));
        if (!known) {
            throw ApiException.invalid("checkCode", "supervision.setting.check-unknown", in.checkCode());
        }
        if (in.delayDays() == null || in.delayDays() < 0 || in.delayDays() > 365) {
            throw ApiException.invalid("delayDays", "supervision.setting.delay-range", 0, 365);
        }
        CheckSettingEntity.Key key =
                new CheckSettingEntity.Key(province, in.checkCode().strip());
        CheckSettingEntity s = settings.findById(key).orElse(null);
        if (s == null) {
            if (in.version() != null) {
                throw ApiException.conflict("error.conflict.stale");
            }
            s = new CheckSettingEntity(key);
        } else if (in.version() == null || in.version() != s.version()) {
            throw ApiException.conflict("error.conflict.stale");
        }
        int lost = opening.lostBy(
                province, key.checkCode(), s.delayDays(), in.delayDays(), LocalDate.now(clock.withZone(BEIJING)));
        if (lost > 0) {
            throw ApiException.invalid(
                    "delayDays", "supervision.setting.delay-loses-checks", in.delayDays(), lost, opening.catchUpDays());
        }
        boolean first = s.updatedAt() == null;
        String before = first ? null : String.valueOf(s.delayDays());
        settings.saveAndFlush(s.delay(in.delayDays(), actor.username(), clock.instant()));
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, "delayDays", before, String.valueOf(in.delayDays()));
        events.publishEvent(new SupervisionSettingChanged(province, key.checkCode(), changes));
        return list(actor);
    }

    private record TitleRulesOf(String code, List<TitleRules.Check> checks) {}

    private List<TitleRulesOf> rules(String province) {
        List<TitleRulesOf> out = new ArrayList<>();
        for (RegulationSummary s : regulations.list(false)) {
            if (!s.jurisdiction().equals(province)) {
                continue;
            }
            Regulation r = regulations.latest(s.code(), false);
            if (r.title() == null) {
                continue;
            }
            List<TitleRules.Check> scheduled = r.title().checks().stream()
                    .filter(c -> c.afterYears() != null
                            && (c.kind() == TitleRules.CheckKind.SITE_CHECK
                                    || c.kind() == TitleRules.CheckKind.POST_EVALUATION))
                    .toList();
            if (!scheduled.isEmpty()) {
                out.add(new TitleRulesOf(r.code(), scheduled));
            }
        }
        return out;
    }

    private static String province(Actor actor) {
        if (actor.role() != Role.PROVINCE_STAFF) {
            throw ApiException.forbidden("supervision.setting.not-province");
        }
        return actor.regionCode();
    }
}
