package cn.ecozone.registry.web;

import cn.ecozone.registry.RegisterFilter;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.RegisterManagement;
import cn.ecozone.registry.RegisterState;
import cn.ecozone.registry.RegisterView;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register records. Business staff read within their data scope (confirmed records; keepers every
 * state); province and prefecture staff enter and correct; province staff confirm and reject. No
 * record is ever deleted: there is no DELETE.
 */
@RestController
@Access.BusinessStaff
class RegisterController {

    static final String KEEPERS = "hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF')";
    static final String PROVINCE = "hasRole('PROVINCE_STAFF')";

    private final RegisterManagement registers;

    RegisterController(RegisterManagement registers) {
        this.registers = registers;
    }

    @GetMapping("/api/registers")
    PageResult<RegisterView> list(
            @RequestParam(required = false) RegisterKind kind,
            @RequestParam(required = false) @Size(max = 12) String region,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) RegisterState state,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return registers.list(
                new RegisterFilter(kind, region, year, from, to, state, q), page, size, CurrentActor.require());
    }

    @GetMapping("/api/registers/{id}")
    RegisterView view(@PathVariable long id) {
        return registers.view(id, CurrentActor.require());
    }

    @PostMapping("/api/registers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(KEEPERS)
    RegisterView create(@Valid @RequestBody RecordRequest body) {
        return registers.create(body.input(), CurrentActor.require());
    }

    /** A correction: the record's new fields, the reason and the version seen. */
    @PutMapping("/api/registers/{id}")
    @PreAuthorize(KEEPERS)
    RegisterView correct(@PathVariable long id, @Valid @RequestBody RecordRequest body) {
        return registers.correct(id, body.input(), body.reason(), body.version(), CurrentActor.require());
    }

    @PostMapping("/api/registers/{id}/confirm")
    @PreAuthorize(PROVINCE)
    RegisterView confirm(@PathVariable long id, @Valid @RequestBody DecisionRequest body) {
        return registers.confirm(id, body.reason(), body.version(), CurrentActor.require());
    }

    @PostMapping("/api/registers/{id}/reject")
    @PreAuthorize(PROVINCE)
    RegisterView reject(@PathVariable long id, @Valid @RequestBody DecisionRequest body) {
        return registers.reject(id, body.reason(), body.version(), CurrentActor.require());
    }

    record DecisionRequest(
            Long version,

            @Size(max = 500, message = "{validation.size.max}")
            String reason) {}
}
