package cn.ecozone.report;

import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.indicator.EvaluationManagement;
import cn.ecozone.indicator.Scorecard;
import cn.ecozone.report.internal.BimFiles;
import cn.ecozone.report.internal.BimReminders;
import cn.ecozone.report.internal.BimRows;
import cn.ecozone.report.internal.BimSenders;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Beautiful Inner Mongolia (seed 004 art. 41): each league and each autonomous-region department sends its
 * annual written report to the department, which consolidates them for the Party committee and government.
 * A league government files its own league's report; the department's staff record the reports the
 * departments send (they hold no accounts) and make the consolidated report (DOCX and PDF) from the
 * received reports and the {@code BIM-2024} target table of the autonomous region.
 */
@Service
@Transactional(readOnly = true)
public class BeautifulImManagement {

    /** The indicator edition of the Beautiful Inner Mongolia targets (seed 004). */
    public static final String EDITION = "BIM-2024";

    /** The first year a report is due on (the implementing opinion is of 2024). */
    static final int FIRST_YEAR = 2024;

    private static final int TEXT_LENGTH = 20000;

    private final BimSenders senders;
    private final BimRows rows;
    private final BimFiles files;
    private final BimReminders reminders;
    private final EvaluationManagement evaluation;
    private final DocumentManagement documents;
    private final DeadlineManagement deadlines;
    private final java.time.Clock clock;

    BeautifulImManagement(
            BimSenders senders,
            BimRows rows,
            BimFiles files,
            BimReminders reminders,
            EvaluationManagement evaluation,
            DocumentManagement documents,
            DeadlineManagement deadlines,
            java.time.Clock clock) {
        this.clock = clock;
        this.senders = senders;
        this.rows = rows;
        this.files = files;
        this.reminders = reminders;
        this.evaluation = evaluation;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    /** The year's senders, received reports and consolidations, for the department (province staff). */
    public record Overview(
            int year,
            String article,
            String textZh,
            @Nullable String departmentsNote,
            List<BimSender> senders,
            List<BimReport> received,
            List<BimConsolidation> consolidations) {}

    public Overview overview(int year, Actor actor) {
        requireDepartment(actor);
        year(year);
        return new Overview(
                year,
                senders.article(),
                senders.textZh(),
                senders.departmentsNote(),
                senders.all(),
                rows.reports(year, null),
                rows.consolidations(year));
    }

    /** Whether the reader sends a Beautiful Inner Mongolia report itself: a league government of the province. */
    public record SenderStatus(
            boolean sender, @Nullable String code, @Nullable String nameZh) {}

    /** The reader as a sender (data: the leagues of the region register under the file's province). */
    public SenderStatus sender(Actor actor) {
        return senders.find(actor.regionCode())
                .filter(s -> actor.role() == Role.PREFECTURE_GOVERNMENT && s.kind() == BimSender.Kind.LEAGUE)
                .map(s -> new SenderStatus(true, s.code(), s.nameZh()))
                .orElse(new SenderStatus(false, null, null));
    }

    /** A league government's own reports of a year (empty for others). */
    public List<BimReport> own(int year, Actor actor) {
        requireLeague(actor);
        return rows.reports(year(year), actor.regionCode());
    }

    /**
     * One received report: the department reads any; a league government only its own league's.
     *
     * @throws ApiException 404 for an unknown report or another sender's
     */
    public BimReport report(long id, Actor actor) {
        if (actor.role() == Role.PREFECTURE_GOVERNMENT) {
            requireLeague(actor);
        } else {
            requireDepartmentOrHide(actor, "report.bim.report.not-found", id);
        }
        return rows.report(id)
                .filter(r -> actor.role() != Role.PREFECTURE_GOVERNMENT
                        || r.senderCode().equals(actor.regionCode()))
                .orElseThrow(() -> ApiException.notFound("report.bim.report.not-found", id));
    }

    /**
     * The department reminds the leagues that have not sent their report of {@code year} (their league
     * governments are notified, once a day at most); returns the leagues reminded.
     */
    @Transactional
    public List<BimSender> remind(Integer year, Actor actor) {
        requireDepartment(actor);
        int y = year(year);
        return reminders.remind(y, senders.article(), senders.all(), rows.reports(y, null), deadlines.today());
    }

    /**
     * Receives the written report of {@code senderCode} on {@code year}: a league government files its own
     * league's; the department's staff record any sender's. One per sender and year (409).
     */
    @Transactional
    public BimReport receive(Integer year, String senderCode, String text, Actor actor) {
        int y = year(year);
        BimSender sender;
        if (actor.role() == Role.PREFECTURE_GOVERNMENT) {
            requireLeague(actor);
            sender =
                    senders.find(actor.regionCode()).orElseThrow(() -> ApiException.forbidden("report.bim.not-sender"));
        } else {
            requireDepartment(actor);
            if (senderCode == null || senderCode.isBlank()) {
                throw ApiException.invalid("senderCode", "validation.required");
            }
            sender = senders.find(senderCode.strip())
                    .orElseThrow(() -> ApiException.invalid("senderCode", "report.bim.sender.unknown", senderCode));
        }
        if (text == null || text.isBlank()) {
            throw ApiException.invalid("text", "report.bim.text.required");
        }
        if (text.strip().length() > TEXT_LENGTH) {
            throw ApiException.invalid("text", "validation.size.max", TEXT_LENGTH);
        }
        try {
            rows.insert(y, sender, text.strip(), actor.username(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("report.bim.duplicate", sender.nameZh(), y);
        }
        return rows.reports(y, sender.code()).getFirst();
    }

    /**
     * Makes the consolidated report of {@code year} from every report received so far and the target
     * table, and stores its DOCX and PDF. Preconditions: no transaction is open (the files are stored as
     * uploads are); at least one report received (409).
     *
     * @throws ReportFacts.FontMissing (503) when the Chinese font is not installed
     */
    @Transactional(propagation = Propagation.NEVER)
    public BimConsolidation consolidate(Integer year, Actor actor) {
        requireDepartment(actor);
        int y = year(year);
        List<BimReport> received = rows.reports(y, null).stream()
                .sorted(java.util.Comparator.comparing(
                        (BimReport r) -> r.senderKind().ordinal()))
                .toList();
        if (received.isEmpty()) {
            throw ApiException.conflict("report.bim.nothing-received", y);
        }
        Scorecard targets = evaluation.evaluate(EDITION, senders.province(), null, y, actor, Locale.SIMPLIFIED_CHINESE);
        BimFiles.Made made = files.make(new BimFiles.Content(
                y,
                senders.consolidatorZh(),
                senders.article(),
                senders.textZh(),
                received,
                targets,
                deadlines.today()));
        StoredDocument docx = documents.store(
                Upload.of(made.baseName() + ".docx", made.docx()), Set.of(DocumentType.DOCX), actor, d -> d);
        return documents.store(
                Upload.of(made.baseName() + ".pdf", made.pdf()),
                Set.of(DocumentType.PDF),
                actor,
                pdf -> rows.insertConsolidation(
                        y, received.size(), docx.id(), pdf.id(), actor.username(), clock.instant()));
    }

    /** One file of a consolidation. @throws ApiException 404 for an unknown one */
    public StoredDocument file(long id, DocumentType type, Actor actor) {
        requireDepartmentOrHide(actor, "report.bim.consolidation.not-found", id);
        BimConsolidation c = rows.consolidation(id)
                .orElseThrow(() -> ApiException.notFound("report.bim.consolidation.not-found", id));
        return documents.require(type == DocumentType.PDF ? c.pdfDocumentId() : c.docxDocumentId());
    }

    public InputStream open(StoredDocument document) throws IOException {
        return documents.open(document.id());
    }

    private int year(Integer year) {
        if (year == null) {
            throw ApiException.invalid("year", "validation.required");
        }
        int last = deadlines.today().getYear();
        if (year < FIRST_YEAR || year > last) {
            throw ApiException.invalid("year", "report.bim.year.range", FIRST_YEAR, last);
        }
        return year;
    }

    /** The department: province staff of the autonomous region. */
    private void requireDepartment(Actor actor) {
        if (actor.role() != Role.PROVINCE_STAFF || !senders.province().equals(actor.regionCode())) {
            throw ApiException.forbidden("report.bim.not-sender");
        }
    }

    /**
     * As {@link #requireDepartment}, but province staff of another province are told the record does not
     * exist (404, the house rule for records out of scope), not that they may not read it.
     */
    private void requireDepartmentOrHide(Actor actor, String notFoundKey, long id) {
        if (actor.role() == Role.PROVINCE_STAFF && !senders.province().equals(actor.regionCode())) {
            throw ApiException.notFound(notFoundKey, id);
        }
        requireDepartment(actor);
    }

    private void requireLeague(Actor actor) {
        if (actor.role() != Role.PREFECTURE_GOVERNMENT
                || senders.find(actor.regionCode())
                        .filter(s -> s.kind() == BimSender.Kind.LEAGUE)
                        .isEmpty()) {
            throw ApiException.forbidden("report.bim.not-sender");
        }
    }
}
