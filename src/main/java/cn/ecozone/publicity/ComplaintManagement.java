package cn.ecozone.publicity;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.Upload;
import cn.ecozone.publicity.internal.ComplaintEntity;
import cn.ecozone.publicity.internal.ComplaintRows;
import cn.ecozone.publicity.internal.ComplaintTasks;
import cn.ecozone.publicity.internal.Complaints;
import cn.ecozone.publicity.internal.Investigators;
import cn.ecozone.publicity.internal.NoticeEntity;
import cn.ecozone.publicity.internal.NoticeEntry;
import cn.ecozone.publicity.internal.PublicityNotices;
import cn.ecozone.publicity.internal.SettingRules;
import cn.ecozone.publicity.internal.StepRules;
import cn.ecozone.regulation.Body;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigation of complaints (issue 12 §3), for the staff: the body the regulation names takes a
 * complaint up, may hand it over where the regulation allows (Guizhou art. 15: the province department
 * to the municipal ecology bureau of the dossier's prefecture), adds evidence and records one finding.
 * An open complaint or one found true blocks the dossier (Guizhou art. 16, see {@code
 * BlockingComplaints}). The public side is {@link ComplaintDeskManagement}.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintManagement {

    /** Images and the official text formats (PDF, OFD, DOCX, DOC, WPS), checked by content. */
    private static final Set<DocumentType> TYPES = EnumSet.of(
            DocumentType.PDF,
            DocumentType.OFD,
            DocumentType.DOCX,
            DocumentType.DOC,
            DocumentType.WPS,
            DocumentType.PNG,
            DocumentType.JPEG);

    private final PublicityNotices notices;
    private final Complaints complaints;
    private final ComplaintRows rows;
    private final SettingRules settings;
    private final StepRules rules;
    private final Investigators investigators;
    private final ComplaintTasks tasks;
    private final DocumentManagement documents;
    private final Clock clock;

    ComplaintManagement(
            PublicityNotices notices,
            Complaints complaints,
            ComplaintRows rows,
            SettingRules settings,
            StepRules rules,
            Investigators investigators,
            ComplaintTasks tasks,
            DocumentManagement documents,
            Clock clock) {
        this.notices = notices;
        this.complaints = complaints;
        this.rows = rows;
        this.settings = settings;
        this.rules = rules;
        this.investigators = investigators;
        this.tasks = tasks;
        this.documents = documents;
        this.clock = clock;
    }

    /** A complaint read in full. @throws PublicityFacts.ComplaintNotFound unless the actor reads it in full */
    public ComplaintView view(long id, Actor actor) {
        ComplaintEntity c = scoped(id, actor);
        if (!c.readableInFull(actor)) {
            throw new PublicityFacts.ComplaintNotFound();
        }
        return rows.views(List.of(c), actor).getFirst();
    }

    /** The investigator takes the complaint up (调查核实中). */
    @Transactional
    public ComplaintView investigate(long id, long version, Actor actor) {
        ComplaintEntity c = lockedForInvestigator(id, version, actor);
        complaints.saveAndFlush(c.investigate());
        return view(id, actor);
    }

    /**
     * Hands the investigation to the body the regulation allows (Guizhou art. 15: the province
     * department "或委托" the municipal ecology bureau), placed relative to the dossier's region: its
     * staff then read the complaint in full, investigate it and record the finding, which the province
     * reads. The deadline passes to them (counted from the day received) and they are notified. Once.
     *
     * @throws PublicityFacts.NotTheInvestigator unless the actor investigates it
     * @throws PublicityFacts.NotDelegable where the regulation names no such body
     * @throws PublicityFacts.AlreadyDelegated the second time
     */
    @Transactional
    public ComplaintView delegate(long id, long version, Actor actor) {
        ComplaintEntity c = lockedForInvestigator(id, version, actor);
        NoticeEntity notice = notices.findById(c.noticeId()).orElseThrow(PublicityFacts.NoticeNotFound::new);
        Body to = rules.of(notice.regulationCode(), notice.regulationVersion(), notice.stepCode())
                .publicity()
                .complaintsDelegableTo();
        NoticeEntry entry = notice.entry(c.dossierId()).orElseThrow(PublicityFacts.NotListed::new);
        Investigators.Investigator who = to == null ? null : investigators.of(to, entry.regionCode());
        if (who == null
                || (who.role() == c.investigatorRole() && who.regionCode().equals(c.investigatorRegion()))) {
            throw new PublicityFacts.NotDelegable();
        }
        complaints.saveAndFlush(
                c.delegate(who.role(), who.regionCode(), who.regionPath(), actor.username(), clock.instant()));
        var received = c.receivedAt().atZone(NoticeManagement.ZONE).toLocalDate();
        tasks.assign(
                c,
                received,
                tasks.due(received, c.deadlineDays()),
                entry.subjectName(),
                notice.title(),
                "publicity.complaint.delegated-title");
        return rows.views(List.of(c), actor).getFirst();
    }

    /**
     * Records the finding, once; closes the investigation's deadline. Two investigators at once: one
     * wins, the other is refused (409) under the row's lock.
     */
    @Transactional
    public ComplaintView find(long id, FindingInput in, Actor actor) {
        if (in.finding() == null) {
            throw ApiException.invalid("finding", "publicity.complaint.finding-required");
        }
        String text = ComplaintDeskManagement.required(in.text(), "text", 5000);
        ComplaintEntity c = lockedForInvestigator(id, in.version(), actor);
        complaints.saveAndFlush(c.find(in.finding(), text, actor.username(), clock.instant()));
        tasks.close(id);
        return view(id, actor);
    }

    /** Adds an evidence document to a complaint, by its investigator, before the finding. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ComplaintView evidence(long id, Upload file, Actor actor) {
        scoped(id, actor);
        documents.store(file, TYPES, actor, stored -> {
            ComplaintEntity c = lockedForInvestigator(id, null, actor);
            rows.link(c.id(), stored.id(), "EVIDENCE");
            return stored.id();
        });
        return view(id, actor);
    }

    /** The province's investigation deadline, or the regulation's suggestion while unset. */
    public SettingView setting(String provinceCode, Actor actor) {
        if (!actor.regionPath().startsWith("/" + provinceCode + "/")) {
            throw ApiException.notFound("publicity.setting.not-found", provinceCode);
        }
        return settings.of(provinceCode);
    }

    /** Sets the province's investigation deadline, 1 to 60 working days; by its province staff. */
    @Transactional
    public SettingView set(String provinceCode, int workingDays, Long version, Actor actor) {
        return settings.set(provinceCode, workingDays, version, actor);
    }

    private ComplaintEntity scoped(long id, Actor actor) {
        return complaints
                .findById(id)
                .filter(c ->
                        !actor.role().administrator() && c.investigatorPath().startsWith(actor.regionPath()))
                .orElseThrow(PublicityFacts.ComplaintNotFound::new);
    }

    private ComplaintEntity lockedForInvestigator(long id, Long version, Actor actor) {
        scoped(id, actor);
        ComplaintEntity c = complaints.lockById(id).orElseThrow(PublicityFacts.ComplaintNotFound::new);
        if (!c.investigatedBy(actor)) {
            throw new PublicityFacts.NotTheInvestigator();
        }
        if (c.state() == ComplaintState.FOUND) {
            throw new PublicityFacts.FindingAlreadyRecorded();
        }
        if (version != null && c.version() != version) {
            throw new PublicityFacts.Stale();
        }
        return c;
    }
}
