package cn.ecozone.plan;

import java.util.List;

/**
 * A plan's key projects were saved (issue 14 §8: “重点项目…进入重点项目库”). Published inside the saving
 * transaction, so that the key project library takes every row as one record linked to the plan and
 * the row's {@link PlanContent.KeyProject#key() key}, or the save fails as a whole.
 *
 * @param programme the plan's programme ({@code Programme} name)
 * @param keyProjects every key project of the plan now, each with its key
 * @param by the username of who saved them
 */
public record PlanKeyProjectsSetOut(
        long planId,
        String planTitle,
        String regionCode,
        String programme,
        List<PlanContent.KeyProject> keyProjects,
        String by) {

    public PlanKeyProjectsSetOut {
        keyProjects = List.copyOf(keyProjects);
    }
}
