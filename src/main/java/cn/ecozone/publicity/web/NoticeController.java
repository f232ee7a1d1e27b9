package cn.ecozone.publicity.web;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.publicity.NoticeFilter;
import cn.ecozone.publicity.NoticeInput;
import cn.ecozone.publicity.NoticeManagement;
import cn.ecozone.publicity.NoticeState;
import cn.ecozone.publicity.NoticeSummary;
import cn.ecozone.publicity.NoticeView;
import cn.ecozone.publicity.PeriodPreview;
import cn.ecozone.publicity.StaffNoticeList;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
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
 * The staff's notices: the bodies that publicise (the department; the municipal government or its
 * ecology bureau) draft, publish, correct and complete them; the façade checks the step's body.
 */
@RestController
@PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT')")
class NoticeController {

    private final NoticeManagement notices;
    private final StaffNoticeList list;
    private final WorkbookExports exports;

    NoticeController(NoticeManagement notices, StaffNoticeList list, WorkbookExports exports) {
        this.notices = notices;
        this.list = list;
        this.exports = exports;
    }

    record Version(long version) {}

    record Correction(long version, String text) {}

    record Update(long version, NoticeInput notice) {}

    /**
     * A page of the notices in scope (issue 14 §6): {@code q} in the title or the issuer's name;
     * {@code roundId}, {@code state}, {@code programme} and {@code year} (of publication) filter;
     * {@code sort} is one of title, published, ends, state, created, {@code -} before it for descending
     * (default {@code -created}; anything else is 400 naming it).
     */
    @GetMapping("/api/publicity/notices")
    PageResult<NoticeSummary> list(
            @RequestParam(required = false) Long roundId,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) NoticeState state,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return list.list(
                new NoticeFilter(roundId, q, state, programme, year, sort), page, size, CurrentActor.require());
    }

    /** The list with the same filters and order as an .xlsx workbook (issue 14 §5), recorded in the audit log. */
    @GetMapping("/api/publicity/notices/export")
    void export(
            @RequestParam(required = false) Long roundId,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) NoticeState state,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        NoticeFilter filter = new NoticeFilter(roundId, q, state, programme, year, sort);
        exports.export(
                response,
                "Notice:export",
                filter.exportFilters(),
                "公示列表.xlsx",
                out -> list.export(filter, CurrentActor.require(), out));
    }

    @GetMapping("/api/publicity/waiting")
    List<DossierAtStep> waiting(@RequestParam long roundId, @RequestParam String stepCode) {
        return notices.waiting(roundId, stepCode, CurrentActor.require());
    }

    @GetMapping("/api/publicity/period")
    PeriodPreview period(
            @RequestParam long roundId,
            @RequestParam String stepCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {
        return notices.preview(roundId, stepCode, publishedOn, endsOn, CurrentActor.require());
    }

    @GetMapping("/api/publicity/notices/{id}")
    NoticeView view(@PathVariable long id) {
        return notices.view(id, CurrentActor.require());
    }

    @PostMapping("/api/publicity/notices")
    @ResponseStatus(HttpStatus.CREATED)
    NoticeView draft(@RequestBody NoticeInput body) {
        return notices.draft(body, CurrentActor.require());
    }

    @PutMapping("/api/publicity/notices/{id}")
    NoticeView update(@PathVariable long id, @RequestBody Update body) {
        if (body.notice() == null) {
            throw cn.ecozone.shared.ApiException.invalid("notice", "publicity.field.required");
        }
        return notices.update(id, body.version(), body.notice(), CurrentActor.require());
    }

    @PostMapping("/api/publicity/notices/{id}/publish")
    NoticeView publish(@PathVariable long id, @RequestBody Version body) {
        return notices.publish(id, body.version(), CurrentActor.require());
    }

    @PostMapping("/api/publicity/notices/{id}/corrections")
    NoticeView correct(@PathVariable long id, @RequestBody Correction body) {
        return notices.correct(id, body.version(), body.text(), CurrentActor.require());
    }

    @PostMapping("/api/publicity/notices/{id}/complete")
    NoticeView complete(@PathVariable long id, @RequestBody Version body) {
        return notices.complete(id, body.version(), CurrentActor.require());
    }
}
