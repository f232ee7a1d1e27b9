package cn.ecozone.workplan.internal;

import cn.ecozone.shared.Role;

/**
 * Who receives an annual work plan's filing: the body of the rules, the platform role that acts for it
 * and the region it sits at; {@link #NONE} when the rules name no receiver.
 *
 * @param article the article the filing (or the duty to keep an annual plan) comes from, or null
 */
public record Receiver(String body, Role role, String regionCode, String article) {

    public static Receiver none(String article) {
        return new Receiver(null, null, null, article);
    }

    public boolean exists() {
        return role != null;
    }
}
