package cn.ecozone.review.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.Upload;
import cn.ecozone.review.ExpertPoolManagement;
import cn.ecozone.review.ExpertPoolManagement.ExpertDetail;
import cn.ecozone.review.ExpertPoolManagement.ExpertInput;
import cn.ecozone.review.ExpertPoolManagement.ExpertView;
import cn.ecozone.review.ExpertPoolManagement.IntegrityInput;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.ExportFilters;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The province's expert pool: its staff list, enter, change and record integrity (GZ art. 25). */
@RestController
@PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'COMMITTEE_OFFICE')")
class ExpertPoolController {

    private final WorkbookExports exports;
    private final ExpertPoolManagement pool;

    ExpertPoolController(ExpertPoolManagement pool, WorkbookExports exports) {
        this.exports = exports;
        this.pool = pool;
    }

    @GetMapping("/api/review/experts")
    PageResult<ExpertView> list(
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) @Size(max = 40) String field,
            @RequestParam(required = false) Boolean removed,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return pool.list(q, field, removed, page, size, CurrentActor.require());
    }

    @GetMapping("/api/review/experts/export")
    void export(
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) @Size(max = 40) String field,
            @RequestParam(required = false) Boolean removed,
            HttpServletResponse response)
            throws IOException {
        exports.export(
                response,
                "Expert:export",
                ExportFilters.none().with("q", q).with("field", field).with("removed", removed),
                "专家库.xlsx",
                out -> pool.export(q, field, removed, CurrentActor.require(), out));
    }

    /** Imports the {@code file} part: all rows or, on any problem, none (every problem reported). */
    @PostMapping("/api/review/experts/import")
    Map<String, Object> importWorkbook(HttpServletRequest request) {
        Upload file = MultipartBody.file(request, "file", DataSize.ofMegabytes(5));
        if (file == null) {
            throw ApiException.invalid("file", "review.import.empty");
        }
        return Map.of("saved", pool.importWorkbook(file, CurrentActor.require()));
    }

    @GetMapping("/api/review/experts/{id}")
    ExpertDetail detail(@PathVariable long id) {
        return pool.detail(id, CurrentActor.require());
    }

    @PostMapping("/api/review/experts")
    @ResponseStatus(HttpStatus.CREATED)
    ExpertDetail create(@RequestBody ExpertInput body) {
        return pool.create(body, CurrentActor.require());
    }

    @PutMapping("/api/review/experts/{id}")
    ExpertDetail change(@PathVariable long id, @RequestBody ExpertInput body) {
        return pool.change(id, body, CurrentActor.require());
    }

    @PostMapping("/api/review/experts/{id}/integrity")
    ExpertDetail integrity(@PathVariable long id, @RequestBody IntegrityInput body) {
        return pool.integrity(id, body, CurrentActor.require());
    }
}
