package cn.ecozone.identity.web;

import cn.ecozone.identity.SecuritySettings;
import cn.ecozone.identity.SecuritySettingsManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The security settings (login throttling, absolute session lifetime): the security admin's. */
@RestController
@RequestMapping("/api/security-settings")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class SecuritySettingsController {

    private final SecuritySettingsManagement settings;

    SecuritySettingsController(SecuritySettingsManagement settings) {
        this.settings = settings;
    }

    @GetMapping
    SecuritySettings get() {
        return settings.current();
    }

    @PutMapping
    SecuritySettings change(@RequestBody SecuritySettings body) {
        return settings.change(body);
    }
}
