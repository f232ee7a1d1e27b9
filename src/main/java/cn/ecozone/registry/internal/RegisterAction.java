package cn.ecozone.registry.internal;

import cn.ecozone.registry.RegisterState;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;

/**
 * What a keeper may do with a register record. Province staff keep every record of their province;
 * prefecture staff those of their prefecture until the province has confirmed them.
 */
public enum RegisterAction {
    CORRECT,
    CONFIRM,
    REJECT,
    ATTACH;

    /** Whether the actor's role may take the action at all. */
    boolean roleMay(Role role) {
        return switch (this) {
            case CORRECT, ATTACH -> role == Role.PROVINCE_STAFF || role == Role.PREFECTURE_STAFF;
            case CONFIRM, REJECT -> role == Role.PROVINCE_STAFF;
        };
    }

    /** Whether the record's state admits the action by this actor. */
    boolean stateAdmits(RegisterState state, Actor actor) {
        return switch (this) {
            case CORRECT, ATTACH -> actor.role() == Role.PROVINCE_STAFF || state != RegisterState.CONFIRMED;
            case CONFIRM, REJECT -> state == RegisterState.PENDING;
        };
    }
}
