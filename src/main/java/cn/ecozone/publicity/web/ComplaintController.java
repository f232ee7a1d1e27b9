package cn.ecozone.publicity.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.Upload;
import cn.ecozone.publicity.ComplaintFilter;
import cn.ecozone.publicity.ComplaintList;
import cn.ecozone.publicity.ComplaintManagement;
import cn.ecozone.publicity.ComplaintState;
import cn.ecozone.publicity.ComplaintView;
import cn.ecozone.publicity.FindingInput;
import cn.ecozone.publicity.SettingView;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff's complaints: listed for the staff in scope of the investigating body, investigated and
 * found by it; the province's investigation deadline setting.
 */
@RestController
@PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT')")
class ComplaintController {

    private final ComplaintManagement complaints;
    private final ComplaintList list;
    private final WorkbookExports exports;
    private final DataSize maxSize;

    ComplaintController(
            ComplaintManagement complaints,
            ComplaintList list,
            WorkbookExports exports,
            @Value("${ecozone.files.max-size:20MB}") DataSize maxSize) {
        this.complaints = complaints;
        this.list = list;
        this.exports = exports;
        this.maxSize = maxSize;
    }

    record Version(long version) {}

    record Setting(int complaintWorkingDays, Long version) {}

    /**
     * A page of the complaints investigated in scope (issue 14 §6): {@code noticeId}, {@code state} and
     * {@code year} (received) filter; {@code q} searches the tracking number and text where the reader
     * reads in full; {@code sort} is one of received, due, state, {@code -} before it for descending
     * (default {@code -received}; anything else is 400 naming it).
     */
    @GetMapping("/api/publicity/complaints")
    PageResult<ComplaintView> list(
            @RequestParam(required = false) Long noticeId,
            @RequestParam(required = false) ComplaintState state,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return list.list(new ComplaintFilter(noticeId, state, q, year, sort), page, size, CurrentActor.require());
    }

    /**
     * The list with the same filters and order as an .xlsx workbook (issue 14 §5), without the
     * complainants' personal data, recorded in the audit log.
     */
    @GetMapping("/api/publicity/complaints/export")
    void export(
            @RequestParam(required = false) Long noticeId,
            @RequestParam(required = false) ComplaintState state,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        ComplaintFilter filter = new ComplaintFilter(noticeId, state, q, year, sort);
        exports.export(
                response,
                "Complaint:export",
                filter.exportFilters(),
                "投诉列表.xlsx",
                out -> list.export(filter, CurrentActor.require(), out));
    }

    @GetMapping("/api/publicity/complaints/{id}")
    ComplaintView view(@PathVariable long id) {
        return complaints.view(id, CurrentActor.require());
    }

    @PostMapping("/api/publicity/complaints/{id}/investigation")
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF')")
    ComplaintView investigate(@PathVariable long id, @RequestBody Version body) {
        return complaints.investigate(id, body.version(), CurrentActor.require());
    }

    /** The province department hands the investigation to the municipal ecology bureau (Guizhou art. 15). */
    @PostMapping("/api/publicity/complaints/{id}/delegation")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    ComplaintView delegate(@PathVariable long id, @RequestBody Version body) {
        return complaints.delegate(id, body.version(), CurrentActor.require());
    }

    @PostMapping("/api/publicity/complaints/{id}/finding")
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF')")
    ComplaintView find(@PathVariable long id, @RequestBody FindingInput body) {
        return complaints.find(id, body, CurrentActor.require());
    }

    @PostMapping("/api/publicity/complaints/{id}/evidence")
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF')")
    ComplaintView evidence(@PathVariable long id, HttpServletRequest request) {
        // no @RequestParam here: asking for a parameter makes the container parse and store the body first
        Upload file = MultipartBody.file(request, "file", maxSize);
        if (file == null) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        return complaints.evidence(id, file, CurrentActor.require());
    }

    @GetMapping("/api/publicity/settings/{provinceCode}")
    SettingView setting(@PathVariable String provinceCode) {
        return complaints.setting(provinceCode, CurrentActor.require());
    }

    @PutMapping("/api/publicity/settings/{provinceCode}")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    SettingView set(@PathVariable String provinceCode, @RequestBody Setting body) {
        return complaints.set(provinceCode, body.complaintWorkingDays(), body.version(), CurrentActor.require());
    }
}
