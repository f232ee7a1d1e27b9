package cn.ecozone.region.web;

import cn.ecozone.region.ConstructionUnit;
import cn.ecozone.region.ConstructionUnitKind;
import cn.ecozone.region.ConstructionUnitManagement;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

    ConstructionUnitController(ConstructionUnitManagement units) {
        this.units = units;
    }

    /**
     * A page of the units in scope: under {@code region} (with {@code exact}, only at the region
     * itself), whose name contains {@code q}.
     */
    @GetMapping
    PageResult<ConstructionUnit> list(
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "false") boolean exact,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return units.list(CurrentActor.require(), region, exact, q, page, size);
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
