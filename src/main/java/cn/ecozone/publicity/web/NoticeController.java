package cn.ecozone.publicity.web;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.publicity.NoticeInput;
import cn.ecozone.publicity.NoticeManagement;
import cn.ecozone.publicity.NoticeSummary;
import cn.ecozone.publicity.NoticeView;
import cn.ecozone.publicity.PeriodPreview;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
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

    NoticeController(NoticeManagement notices) {
        this.notices = notices;
    }

    record Version(long version) {}

    record Correction(long version, String text) {}

    record Update(long version, NoticeInput notice) {}

    @GetMapping("/api/publicity/notices")
    PageResult<NoticeSummary> list(
            @RequestParam(required = false) Long roundId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return notices.list(roundId, page, size, CurrentActor.require());
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
