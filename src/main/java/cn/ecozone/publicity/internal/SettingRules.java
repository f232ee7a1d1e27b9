package cn.ecozone.publicity.internal;

import cn.ecozone.publicity.PublicityFacts;
import cn.ecozone.publicity.SettingView;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The province's investigation deadline in working days (the seeds set none): the value set by its
 * province staff, else the suggestion of the first publicity entry of its regulations that gives one,
 * marked uncertain.
 */
@Component
public class SettingRules {

    private final Settings settings;
    private final StepRules rules;
    private final Clock clock;

    SettingRules(Settings settings, StepRules rules, Clock clock) {
        this.settings = settings;
        this.rules = rules;
        this.clock = clock;
    }

    /** The province's setting, or the suggestion of its regulations while unset. */
    public SettingView of(String provinceCode) {
        return of(provinceCode, rules.publicityOf(provinceCode).orElse(null));
    }

    /** The province's setting, or the suggestion of {@code p} while unset. */
    public SettingView of(String provinceCode, ApplicationRules.Publicity p) {
        int suggestedDays = p == null || p.complaintDeadline() == null
                ? 10
                : p.complaintDeadline().suggestedWorkingDays();
        String note = p == null
                        || p.complaintDeadline() == null
                        || p.complaintDeadline().citation() == null
                ? null
                : p.complaintDeadline().citation().noteZh();
        return settings.findById(provinceCode)
                .map(s -> new SettingView(
                        provinceCode, s.complaintWorkingDays(), false, suggestedDays, note, s.version()))
                .orElseGet(() -> new SettingView(provinceCode, suggestedDays, true, suggestedDays, note, 0));
    }

    /**
     * Sets the province's deadline, 1 to 60 working days; by its province staff.
     *
     * @throws ApiException 403 for anyone else, 400 naming {@code complaintWorkingDays} out of range
     * @throws PublicityFacts.Stale when the setting changed since {@code version}
     */
    public SettingView set(String provinceCode, int workingDays, Long version, Actor actor) {
        if (actor.role() != Role.PROVINCE_STAFF || !actor.regionCode().equals(provinceCode)) {
            throw ApiException.forbidden("error.forbidden");
        }
        if (workingDays < 1 || workingDays > 60) {
            throw ApiException.invalid("complaintWorkingDays", "publicity.setting.range", 1, 60);
        }
        SettingEntity s = settings.findById(provinceCode).orElse(null);
        if (s == null) {
            s = new SettingEntity(provinceCode);
        } else if (version == null || s.version() != version) {
            throw new PublicityFacts.Stale();
        }
        settings.saveAndFlush(s.set(workingDays, actor.username(), clock.instant()));
        return of(provinceCode);
    }
}
