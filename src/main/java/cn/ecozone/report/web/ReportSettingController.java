package cn.ecozone.report.web;

import cn.ecozone.report.ReportSetting;
import cn.ecozone.report.ReportSettingManagement;
import cn.ecozone.shared.CurrentActor;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The province's due days of yearly reports the rules leave open (IM eco-civ art. 17 "按要求", GZ art. 18
 * "定期"): province staff, for the regulations of their own province only.
 */
@RestController
@RequestMapping("/api/report-settings")
@PreAuthorize("hasRole('PROVINCE_STAFF')")
class ReportSettingController {

    private final ReportSettingManagement settings;

    ReportSettingController(ReportSettingManagement settings) {
        this.settings = settings;
    }

    @GetMapping
    List<ReportSetting> list() {
        return settings.list(CurrentActor.require());
    }

    @PutMapping
    ReportSetting change(@RequestBody ReportSetting.Change change) {
        return settings.change(CurrentActor.require(), change);
    }
}
