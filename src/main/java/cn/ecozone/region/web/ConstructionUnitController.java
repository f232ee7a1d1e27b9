package cn.ecozone.region.web;

import cn.ecozone.region.ConstructionUnit;
import cn.ecozone.region.ConstructionUnitFilter;
import cn.ecozone.region.ConstructionUnitKind;
import cn.ecozone.region.ConstructionUnitListing;
import cn.ecozone.region.ConstructionUnitManagement;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Construction units, limited to the user's data scope. */
@RestController
@RequestMapping("/api/construction-units")
@PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT', 'COUNTY_GOVERNMENT',"
        + " 'CONSTRUCTION_SUBJECT', 'COMMITTEE_OFFICE')")
class ConstructionUnitController {

    private final ConstructionUnitManagement units;
    private final ConstructionUnitListing listing;

    private final WorkbookExports exports;

    ConstructionUnitController(
            ConstructionUnitManagement units, ConstructionUnitListing listing, WorkbookExports exports) {
        this.exports = exports;
        this.units = units;
        this.listing = listing;
    }

    /**
     * A page of the units in scope (issue 14 §6): under {@code region} (with {@code exact}, only at the
     * region itself), whose name contains {@code q}, of {@code kind}; {@code sort} one of region, name,
     * kind, created, {@code -} before it for descending.
     */
    @GetMapping
    PageResult<ConstructionUnit> list(
            @RequestParam(required = false) @Size(max = 12) String region,
            @RequestParam(defaultValue = "false") boolean exact,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) ConstructionUnitKind kind,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return listing.list(
                new ConstructionUnitFilter(region, exact, q, kind, sort), CurrentActor.require(), page, size);
    }

    /** The list with the same filters and order as an .xlsx workbook (issue 14 §5), recorded in the audit log. */
    @GetMapping("/export")
    void export(
            @RequestParam(required = false) @Size(max = 12) String region,
            @RequestParam(defaultValue = "false") boolean exact,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) ConstructionUnitKind kind,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        ConstructionUnitFilter filter = new ConstructionUnitFilter(region, exact, q, kind, sort);
        exports.export(
                response,
                "ConstructionUnit:export",
                filter.describe(),
                "建设单元.xlsx",
                out -> listing.export(filter, CurrentActor.require(), out));
    }

    @GetMapping("/{id}")
    ConstructionUnit get(@PathVariable long id) {
        return units.get(id, CurrentActor.require());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ConstructionUnit create(@Valid @RequestBody CreateRequest body) {
        return units.create(
                body.regionCode(), body.name().strip(), body.kind(), body.description(), CurrentActor.require());
    }

    @PutMapping("/{id}")
    ConstructionUnit update(@PathVariable long id, @Valid @RequestBody UpdateRequest body) {
        return units.update(
                id, body.name().strip(), body.kind(), body.description(), body.version(), CurrentActor.require());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        units.delete(id, CurrentActor.require());
    }

    record CreateRequest(
            @NotBlank(message = "{validation.required}") String regionCode,

            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}")
            String name,

            @NotNull(message = "{validation.required}") ConstructionUnitKind kind,

            @Size(max = 1000, message = "{validation.size.max}")
            String description) {}

    record UpdateRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}")
            String name,

            @NotNull(message = "{validation.required}") ConstructionUnitKind kind,

            @Size(max = 1000, message = "{validation.size.max}")
            String description,

            @NotNull(message = "{validation.required}") Long version) {}
}
