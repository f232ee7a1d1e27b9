package cn.ecozone.reward.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.regulation.Programme;
import cn.ecozone.reward.RewardDocuments;
import cn.ecozone.reward.RewardFilter;
import cn.ecozone.reward.RewardInput;
import cn.ecozone.reward.RewardManagement;
import cn.ecozone.reward.RewardView;
import cn.ecozone.reward.TitleRewards;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.ExportFilters;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * Rewards of titled areas. Business staff read within their data scope (a subject its own); the
 * province's staff record and correct them. There is no DELETE: a reward is never deleted.
 */
@RestController
@Access.BusinessStaff
class RewardController {

    static final String WRITERS = "hasRole('PROVINCE_STAFF')";

    private final WorkbookExports exports;
    private final RewardManagement rewards;
    private final RewardDocuments files;
    private final DataSize maxSize;

    RewardController(
            RewardManagement rewards,
            RewardDocuments files,
            @Value("${ecozone.files.max-size:20MB}") DataSize maxSize,
            WorkbookExports exports) {
        this.exports = exports;
        this.rewards = rewards;
        this.files = files;
        this.maxSize = maxSize;
    }

    @GetMapping("/api/titles/{titleId}/rewards")
    TitleRewards ofTitle(@PathVariable long titleId) {
        return rewards.ofTitle(titleId, CurrentActor.require());
    }

    @PostMapping("/api/titles/{titleId}/rewards")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITERS)
    RewardView record(@PathVariable long titleId, @Valid @RequestBody RewardRequest body) {
        return rewards.record(titleId, body.input(), CurrentActor.require());
    }

    @GetMapping("/api/rewards")
    PageResult<RewardView> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return rewards.list(new RewardFilter(year, region, programme, q), page, size, CurrentActor.require());
    }

    @GetMapping("/api/rewards/export")
    void export(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Size(max = 50) String q,
            HttpServletResponse response)
            throws IOException {
        RewardFilter filter = new RewardFilter(year, region, programme, q);
        exports.export(
                response,
                "Reward:export",
                ExportFilters.none()
                        .with("year", year)
                        .with("region", region)
                        .with("programme", programme)
                        .with("q", q),
                "资金奖励.xlsx",
                out -> rewards.export(filter, CurrentActor.require(), out));
    }

    @GetMapping("/api/rewards/{id}")
    RewardView view(@PathVariable long id) {
        return rewards.view(id, CurrentActor.require());
    }

    @PutMapping("/api/rewards/{id}")
    @PreAuthorize(WRITERS)
    RewardView correct(@PathVariable long id, @Valid @RequestBody RewardRequest body) {
        return rewards.correct(id, body.input(), body.version(), body.reason(), CurrentActor.require());
    }

    @PostMapping("/api/rewards/{id}/document")
    @PreAuthorize(WRITERS)
    RewardView attach(@PathVariable long id, HttpServletRequest request) {
        // no @RequestParam here: asking for a parameter makes the container parse and store the body first
        Long version = MultipartBody.queryLong(request, "version");
        String reason = MultipartBody.queryParameter(request, "reason");
        Upload file = MultipartBody.file(request, "file", maxSize);
        if (file == null) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        return files.attach(id, file, version, reason, CurrentActor.require());
    }

    @GetMapping("/api/rewards/{id}/document")
    ResponseEntity<InputStreamResource> document(@PathVariable long id) throws IOException {
        StoredDocument d = files.document(id, CurrentActor.require());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.type().mediaType()))
                .contentLength(d.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(files.open(d)));
    }

    record RewardRequest(
            BigDecimal amount,
            LocalDate awardedOn,

            @Size(max = 100, message = "{validation.size.max}")
            String documentNumber,

            @Size(max = 200, message = "{validation.size.max}")
            String issuingBody,

            @Size(max = 1000, message = "{validation.size.max}")
            String note,

            Long version,

            @Size(max = 500, message = "{validation.size.max}")
            String reason) {

        RewardInput input() {
            return new RewardInput(amount, awardedOn, documentNumber, issuingBody, note);
        }
    }
}
