package cn.ecozone.registry.internal;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.registry.RegisterFacts;
import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.internal.kinds.Checks;
import cn.ecozone.registry.internal.kinds.RegisterRules;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks a record's input for an actor, as a form entry, a correction or an import row: the region
 * known and in the actor's scope, then every field of its kind ({@link RegisterRules}), all problems
 * collected.
 */
@Component
public class RecordChecks {

    private final RegisterRules rules;
    private final RegionManagement regions;

    RecordChecks(RegisterRules rules, RegionManagement regions) {
        this.rules = rules;
        this.regions = regions;
    }

    /** Every problem of the input, and the values to store when there is none. */
    public RegisterRules.Checked check(RegisterInput in, Actor actor, LocalDate today) {
        String code = in.regionCode() == null ? null : in.regionCode().strip();
        Region region = null;
        Checks.Problem regionProblem = null;
        if (code == null || code.isEmpty()) {
            regionProblem = RegisterRules.regionProblem(in.kind(), today, "error.registry.required");
        } else {
            try {
                region = regions.require(code);
                if (!actor.scope().includes(region.path())) {
                    regionProblem = RegisterRules.regionProblem(
                            in.kind(), today, "error.registry.region.outside", region.name());
                    region = null;
                }
            } catch (ApiException e) {
                regionProblem = RegisterRules.regionProblem(in.kind(), today, "error.registry.region.unknown", code);
            }
        }
        return rules.check(in, region, regionProblem, today);
    }

    /**
     * The values to store.
     *
     * @throws RegisterFacts.NotTheKeeper unless the actor is province or prefecture staff
     * @throws ApiException 400 naming every failing field (the first as the detail)
     */
    public RecordValues checked(RegisterInput in, Actor actor, LocalDate today) {
        if (actor.role() != Role.PROVINCE_STAFF && actor.role() != Role.PREFECTURE_STAFF) {
            throw new RegisterFacts.NotTheKeeper(new DefaultMessageSourceResolvable(
                    new String[] {"registry.action.ENTER"}, "registry.action.ENTER"));
        }
        RegisterRules.Checked checked = check(in, actor, today);
        if (!checked.problems().isEmpty()) {
            Checks.Problem first = checked.problems().getFirst();
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    first.messageKey(),
                    first.args(),
                    checked.problems().stream()
                            .map(p -> new ApiException.FieldError(p.field(), p.messageKey(), p.args()))
                            .toList());
        }
        return checked.values();
    }
}
