package cn.ecozone.dossier.internal.demo;

import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo accounts as actors (demo data only): their own user and organization, so that the engine
 * finds the task a division's account may act on and the timeline names the real demo account. Reads
 * only; the accounts are identity's demo data, made before (identity's {@code DemoAccounts} runs first).
 */
@Component
@Profile("demo")
class DemoActors {

    private final JdbcClient jdbc;

    DemoActors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The demo account {@code username} as an actor, if it exists. */
    Optional<Actor> of(String username) {
        return jdbc.sql("select u.id, u.username, u.display_name, u.role, o.id as org_id, o.name as org_name,"
                        + " o.region_code, o.region_path from user_account u join organization o"
                        + " on o.id = u.organization_id where u.username = ?")
                .param(username)
                .query((rs, n) -> new Actor(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getLong("org_id"),
                        rs.getString("org_name"),
                        rs.getString("region_code"),
                        rs.getString("region_path"),
                        false))
                .optional();
    }

    /**
     * A subject's government without a demo account (the county's own account is not needed to show the
     * example): acts in its region, as the other demo data's subjects do.
     */
    static Actor subject(String username, String regionCode, String regionPath) {
        return new Actor(
                0, username, username + "（演示）", Role.COUNTY_GOVERNMENT, 0, "演示", regionCode, regionPath, false);
    }
}
