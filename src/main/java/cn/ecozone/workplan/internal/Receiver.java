package cn.ecozone.workplan.internal;

import cn.ecozone.shared.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Who acknowledges a work plan's filing, copied from its path when the plan is created: the body of the
 * rules, the role acting for it and the region it sits at. A plan whose rules name none holds {@code
 * null} (the database reads all three columns null as no receiver).
 */
@Embeddable
public record Receiver(
        @Column(name = "receiver_body") String body,

        @Column(name = "receiver_role") @Enumerated(EnumType.STRING)
        Role role,

        @Column(name = "receiver_region_code") String regionCode) {}
