package cn.ecozone.publicity.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.Upload;
import cn.ecozone.publicity.ComplaintDeskManagement;
import cn.ecozone.publicity.ComplaintInput;
import cn.ecozone.publicity.ComplaintReceipt;
import cn.ecozone.publicity.NoticeSummary;
import cn.ecozone.publicity.PublicNotice;
import cn.ecozone.publicity.PublicNotices;
import cn.ecozone.publicity.Tracking;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public pages (no login): the index of published notices, a notice, the complaint desk and the
 * tracking page. They show nothing beyond what the public may see.
 */
@RestController
@Access.Public
class PublicNoticeController {

    private final PublicNotices notices;
    private final ComplaintDeskManagement complaints;
    private final DataSize maxSize;

    PublicNoticeController(
            PublicNotices notices,
            ComplaintDeskManagement complaints,
            @Value("${ecozone.files.max-size:20MB}") DataSize maxSize) {
        this.notices = notices;
        this.complaints = complaints;
        this.maxSize = maxSize;
    }

    /** @param current {@code true}: notices whose period runs or is to come; {@code false}: past ones; absent: all */
    @GetMapping("/api/public/notices")
    PageResult<NoticeSummary> index(
            @RequestParam(required = false) Boolean current,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return notices.index(current, q, page, size);
    }

    @GetMapping("/api/public/notices/{id}")
    PublicNotice notice(@PathVariable long id) {
        return notices.notice(id);
    }

    @PostMapping("/api/public/notices/{id}/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    ComplaintReceipt complain(@PathVariable long id, @RequestBody ComplaintInput body, HttpServletRequest request) {
        return complaints.submit(id, body, request.getRemoteAddr());
    }

    @GetMapping("/api/public/complaints/{trackingNumber}")
    Tracking track(@PathVariable String trackingNumber) {
        return complaints.track(trackingNumber);
    }

    @PostMapping("/api/public/complaints/{trackingNumber}/attachments")
    Tracking attach(@PathVariable String trackingNumber, HttpServletRequest request) {
        Upload file = MultipartBody.file(request, "file", maxSize);
        if (file == null) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        return complaints.attachment(trackingNumber, file, request.getRemoteAddr());
    }
}
