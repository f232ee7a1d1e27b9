package cn.ecozone.identity.web;

import cn.ecozone.identity.Organization;
import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.identity.OrganizationManagement;
import cn.ecozone.identity.OrganizationNode;
import cn.ecozone.identity.OrganizationTreeManagement;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Organization administration by the system admin. */
@RestController
@RequestMapping("/api/organizations")
class OrganizationController {

    private final OrganizationManagement organizations;
    private final OrganizationTreeManagement tree;

    OrganizationController(OrganizationManagement organizations, OrganizationTreeManagement tree) {
        this.organizations = organizations;
        this.tree = tree;
    }

    /**
     * One level of the 机构树: the provinces without parameters, a region's organizations and regions
     * with {@code region}, an organization's sub-organizations with {@code organization}.
     */
    @GetMapping("/tree")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    List<OrganizationNode> tree(
            @RequestParam(required = false) String region, @RequestParam(required = false) Long organization) {
        if (organization != null) {
            return tree.underOrganization(organization, CurrentActor.require());
        }
        if (region != null && !region.isBlank()) {
            return tree.underRegion(region.strip(), CurrentActor.require());
        }
        return tree.roots(CurrentActor.require());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    PageResult<Organization> list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return organizations.search(CurrentActor.require(), region, q, page, size);
    }

    @PostMapping
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    Organization create(@Valid @RequestBody OrganizationRequest body) {
        return organizations.create(
                body.name().strip(), body.kind(), body.regionCode(), body.parentId(), CurrentActor.require());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    Organization update(@PathVariable long id, @Valid @RequestBody OrganizationRequest body) {
        if (body.version() == null) {
            throw ApiException.invalid("version", "validation.required");
        }
        return organizations.update(
                id,
                body.name().strip(),
                body.kind(),
                body.regionCode(),
                body.parentId(),
                body.version(),
                CurrentActor.require());
    }

    record OrganizationRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}")
            String name,

            @NotNull(message = "{validation.required}") OrganizationKind kind,
            @NotBlank(message = "{validation.required}") String regionCode,
            Long parentId,
            Long version) {}
}
