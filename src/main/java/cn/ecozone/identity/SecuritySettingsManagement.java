package cn.ecozone.identity;

import cn.ecozone.identity.internal.SecuritySettingEntity;
import cn.ecozone.identity.internal.SecuritySettingRows;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security settings: read by the login and the session check, changed by the security admin
 * (三员分立: the security admin manages security settings). Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class SecuritySettingsManagement {

    private final SecuritySettingRows rows;
    private final ApplicationEventPublisher events;

    SecuritySettingsManagement(SecuritySettingRows rows, ApplicationEventPublisher events) {
        this.rows = rows;
        this.events = events;
    }

    public SecuritySettings current() {
        return view(rows.current());
    }

    /** Changes the settings; a stale version is 409, a value out of its range 400 on its field. */
    @Transactional
    public SecuritySettings change(SecuritySettings next) {
        check("maxFailures", next.maxFailures(), 3, 10);
        check("lockoutMinutes", next.lockoutMinutes(), 1, 1440);
        check("addressMaxFailures", next.addressMaxFailures(), 5, 1000);
        check("sessionLifetimeMinutes", next.sessionLifetimeMinutes(), 30, 1440);
        SecuritySettingEntity row = rows.current();
        if (row.version() != next.version()) {
            throw ApiException.conflict("error.conflict.stale");
        }
        List<FieldChange> changes = new ArrayList<>();
        add(changes, "maxFailures", row.maxFailures(), next.maxFailures());
        add(changes, "lockoutMinutes", row.lockoutMinutes(), next.lockoutMinutes());
        add(changes, "addressMaxFailures", row.addressMaxFailures(), next.addressMaxFailures());
        add(changes, "sessionLifetimeMinutes", row.sessionLifetimeMinutes(), next.sessionLifetimeMinutes());
        row.change(next.maxFailures(), next.lockoutMinutes(), next.addressMaxFailures(), next.sessionLifetimeMinutes());
        rows.saveAndFlush(row);
        events.publishEvent(new AccountChanged("SecuritySettings", "1", null, changes));
        return view(row);
    }

    private static void check(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw ApiException.invalid(field, "error.security-settings.range", min, max);
        }
    }

    private static void add(List<FieldChange> changes, String field, int before, int after) {
        FieldChange.addIfChanged(changes, field, String.valueOf(before), String.valueOf(after));
    }

    private static SecuritySettings view(SecuritySettingEntity row) {
        return new SecuritySettings(
                row.maxFailures(),
                row.lockoutMinutes(),
                row.addressMaxFailures(),
                row.sessionLifetimeMinutes(),
                row.version());
    }
}
