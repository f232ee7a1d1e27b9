package cn.ecozone.grading;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.grading.internal.GradeRows;
import cn.ecozone.grading.internal.ReportFiles;
import cn.ecozone.grading.internal.ReportRows;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The annual evaluation report (年度评估报告, Xilingol art. 9): every region graded for the year in the
 * committee office's jurisdiction, with score, grade, opinion, feedback and the art. 10 recommendation,
 * generated as DOCX and PDF (ADR 0031's tools) and stored through {@code document}; read and downloaded
 * by the office and the league's staff within their scope.
 */
@Service
public class AnnualReportManagement {

    private static final Map<String, String> FLAGS =
            Map.of("MEETS", "达到指标，优先推荐", "NOT_MET", "未全部达标", "CANNOT_JUDGE", "无法判断（暂无指标版本或数据）");

    private final GradingManagement grading;
    private final GradeRows grades;
    private final ReportRows reports;
    private final ReportFiles files;
    private final DocumentManagement documents;
    private final RegionManagement regions;
    private final Clock clock;
    private final TransactionTemplate reads;

    AnnualReportManagement(
            GradingManagement grading,
            GradeRows grades,
            ReportRows reports,
            ReportFiles files,
            DocumentManagement documents,
            RegionManagement regions,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.grading = grading;
        this.grades = grades;
        this.reports = reports;
        this.files = files;
        this.documents = documents;
        this.regions = regions;
        this.clock = clock;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
    }

    /**
     * Generates the year's report from the grades on record and stores both files; a later generation
     * adds a new report (the latest is shown). Preconditions: no transaction is open (the files are
     * stored as every upload is). @throws GradingFacts.NothingGraded when no region is graded yet
     */
    @Transactional(propagation = Propagation.NEVER)
    public AnnualReportView generate(int year, Actor actor) {
        GradingManagement.requireYear(year);
        Regulation r = grading.graded(actor);
        Region office = regions.require(actor.regionCode());
        List<GradeRows.Grade> graded =
                reads.execute(s -> grades.ofYear(year, actor.scope().pathPattern()));
        if (graded.isEmpty()) {
            throw new GradingFacts.NothingGraded(year);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), GradingManagement.ZONE);
        String body = r.issuerZh() == null ? office.name() : r.issuerZh();
        ReportFiles.Content content = new ReportFiles.Content(
                office.name() + year + "年度“两山”转化评估报告",
                body,
                "根据" + r.titleZh() + "第9条、第10条，" + body + "对各旗县市（区）提交的" + year + "年度工作自评估材料组织专家评审、综合评议，共评定"
                        + graded.size() + "个地区，结果如下。",
                "等次说明：" + r.application().review().grading().citation().noteZh(),
                graded.stream()
                        .map(g -> new ReportFiles.Line(
                                regions.require(g.regionCode()).name(),
                                g.total().toPlainString(),
                                g.bandName(),
                                g.opinion(),
                                join(g.feedback(), g.suggestions()),
                                FLAGS.getOrDefault(g.recommendation(), g.recommendation())))
                        .toList(),
                today);
        String base = office.name() + year + "年度评估报告";
        StoredDocument docx = documents.store(
                Upload.of(base + ".docx", files.docx(content)), Set.of(DocumentType.DOCX), actor, d -> d);
        return documents.store(Upload.of(base + ".pdf", files.pdf(content)), Set.of(DocumentType.PDF), actor, pdf -> {
            long id = reports.insert(new ReportRows.Report(
                    0,
                    office.code(),
                    office.path(),
                    year,
                    graded.size(),
                    docx.id(),
                    pdf.id(),
                    actor.username(),
                    clock.instant()));
            return new AnnualReportView(
                    id, year, graded.size(), actor.username(), clock.instant(), docx.size(), pdf.size());
        });
    }

    /** The latest report of the year in the reader's scope. */
    @Transactional(readOnly = true)
    public AnnualReportView latest(int year, Actor actor) {
        ReportRows.Report r = report(year, actor);
        var docs = documents.all(List.of(r.docxDocumentId(), r.pdfDocumentId()));
        return new AnnualReportView(
                r.id(),
                r.year(),
                r.regionCount(),
                r.generatedBy(),
                r.generatedAt(),
                docs.get(r.docxDocumentId()).size(),
                docs.get(r.pdfDocumentId()).size());
    }

    /** The stored file of the latest report, {@code docx} or {@code pdf}. */
    @Transactional(readOnly = true)
    public StoredDocument file(int year, String format, Actor actor) {
        ReportRows.Report r = report(year, actor);
        return switch (format) {
            case "docx" -> documents.require(r.docxDocumentId());
            case "pdf" -> documents.require(r.pdfDocumentId());
            default -> throw ApiException.invalid("format", "grading.input.format");
        };
    }

    /** The file's bytes (the read is audited). Precondition: {@code d} came from {@link #file}. */
    public InputStream open(StoredDocument d) throws IOException {
        return documents.open(d.id());
    }

    private ReportRows.Report report(int year, Actor actor) {
        GradingManagement.requireYear(year);
        return reports.latest(year, actor.scope().pathPattern())
                .orElseThrow(() -> new GradingFacts.ReportNotFound(year));
    }

    private static String join(String feedback, String suggestions) {
        if (feedback == null) {
            return suggestions;
        }
        return suggestions == null ? feedback : feedback + "；建议：" + suggestions;
    }
}
