package cn.ecozone.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A node of the 机构树 (the department tree beside the user list): a region, whose children are its
 * organizations without a parent and the regions below it, or an organization, whose children are the
 * organizations below it (a department's divisions).
 *
 * @param type {@code REGION} or {@code ORGANIZATION}
 * @param organizationId the organization's id; null for a region
 * @param kind the organization's kind; null for a region
 * @param leaf whether the node has no children to load
 */
public record OrganizationNode(
        @Schema(allowableValues = {"REGION", "ORGANIZATION"})
        String type,

        String regionCode,
        @Nullable Long organizationId,
        String name,
        @Nullable OrganizationKind kind,
        boolean leaf) {}
