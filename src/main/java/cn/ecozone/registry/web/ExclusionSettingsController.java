package cn.ecozone.registry.web;

import cn.ecozone.registry.ExclusionSetting;
import cn.ecozone.registry.internal.exclusion.ExclusionSettingsService;
import cn.ecozone.shared.CurrentActor;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The province's thresholds of exclusions the regulation gives no number for (e.g. 办结率低, IM eco-civ
 * art. 11(四)): province staff, for the regulations of their own province only.
 */
@RestController
@RequestMapping("/api/exclusion-settings")
@PreAuthorize("hasRole('PROVINCE_STAFF')")
class ExclusionSettingsController {

    private final ExclusionSettingsService settings;

    ExclusionSettingsController(ExclusionSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping
    List<ExclusionSetting> list() {
        return settings.list(CurrentActor.require());
    }

    @PutMapping
    ExclusionSetting change(@RequestBody ExclusionSetting.Change change) {
        return settings.change(CurrentActor.require(), change);
    }
}
