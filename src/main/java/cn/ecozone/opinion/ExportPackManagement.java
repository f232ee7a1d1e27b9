package cn.ecozone.opinion;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.dossier.DossierManagement;
import cn.ecozone.dossier.DossierState;
import cn.ecozone.dossier.DossierView;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export pack of a submitted dossier for the national platform (国家生态文明示范建设管理平台, IM
 * eco-civ art. 16; IM Two Mountains art. 14): one ZIP per candidacy's dossier, written as it is read, so
 * that nobody types anything twice. It holds {@code manifest.json} and a readable {@code manifest.xlsx}
 * listing each material as the regulation's list has it (IM eco-civ art. 12: code, name, article, files
 * with names, sizes and SHA-256), the files themselves under {@code materials/}, the typed texts, and the
 * 3-year indicator table frozen at submission as {@code indicators.xlsx}.
 */
@Service
public class ExportPackManagement {

    /** Who may take a pack: the province's staff and the subjects (their own dossier only). */
    private static final List<Role> SUBJECTS =
            List.of(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT, Role.CONSTRUCTION_SUBJECT);

    private final DossierManagement dossiers;
    private final DocumentManagement documents;
    private final JsonMapper json;

    ExportPackManagement(DossierManagement dossiers, DocumentManagement documents, JsonMapper json) {
        this.dossiers = dossiers;
        this.documents = documents;
        this.json = json;
    }

    /** The manifest's line for one material. */
    public record ManifestMaterial(
            String code, String nameZh, String article, String kind, String text, List<ManifestFile> files) {}

    /** A file of a material in the pack. */
    public record ManifestFile(String path, String name, String mediaType, long size, String sha256) {}

    /** What {@code manifest.json} says. */
    public record Manifest(
            long dossierId,
            long candidacyId,
            String subjectName,
            String regionCode,
            String regionName,
            String programme,
            String regulationCode,
            int regulationVersion,
            String roundTitle,
            String submittedOn,
            Instant exportedAt,
            List<ManifestMaterial> materials) {}

    /**
     * The dossier as the pack shows it. Preconditions: the actor is the province's staff or the dossier's
     * subject (404 otherwise, as for any dossier outside the scope); the dossier was submitted (409).
     */
    public DossierView dossier(long dossierId, Actor actor) {
        DossierView d = dossiers.view(dossierId, actor);
        boolean allowed = actor.role() == Role.PROVINCE_STAFF
                || (SUBJECTS.contains(actor.role()) && d.regionCode().equals(actor.regionCode()));
        if (!allowed) {
            throw ApiException.notFound("error.dossier.not-found", dossierId);
        }
        if (d.submittedOn() == null || d.state() == DossierState.DRAFT) {
            throw new ApiException(HttpStatus.CONFLICT, "not-submitted", "opinion.pack.not-submitted", null, null);
        }
        return d;
    }

    /** The pack's file name: the subject, the programme and the round. */
    public static String fileName(DossierView d) {
        return (d.subjectName() + "-" + d.programme().nameZh() + "-" + d.round().title() + "-国家平台材料包.zip")
                .replaceAll("[\\\\/:*?\"<>|\\s]", "");
    }

    /** Writes the pack of {@code d} to {@code out}, file by file (no file is held whole in memory). */
    public void write(DossierView d, OutputStream out, Instant now) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        List<ManifestMaterial> materials = new ArrayList<>();
        for (DossierView.MaterialView m : d.materials()) {
            List<ManifestFile> files = new ArrayList<>();
            for (DossierView.DocumentView doc :
                    m.documents() == null ? List.<DossierView.DocumentView>of() : m.documents()) {
                String path = "materials/" + m.code() + "/" + doc.id() + "-" + doc.name();
                zip.putNextEntry(new ZipEntry(path));
                try (InputStream in = documents.open(doc.id())) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
                files.add(new ManifestFile(path, doc.name(), doc.mediaType(), doc.size(), doc.sha256()));
            }
            if (m.text() != null) {
                zip.putNextEntry(new ZipEntry("materials/" + m.code() + "/" + m.code() + ".txt"));
                zip.write(m.text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            materials.add(new ManifestMaterial(
                    m.code(), m.nameZh(), m.article(), m.kind().name(), m.text(), files));
        }
        Manifest manifest = new Manifest(
                d.id(),
                d.candidacyId(),
                d.subjectName(),
                d.regionCode(),
                d.regionName(),
                d.programme().name(),
                d.regulationCode(),
                d.regulationVersion(),
                d.round().title(),
                d.submittedOn().toString(),
                now,
                materials);
        zip.putNextEntry(new ZipEntry("manifest.json"));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("manifest.xlsx"));
        manifestWorkbook(manifest, new KeepOpen(zip));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("indicators.xlsx"));
        indicatorWorkbook(d.indicators(), new KeepOpen(zip));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private static void manifestWorkbook(Manifest m, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("材料清单");
            row(s, 0, "申报主体", m.subjectName(), "类别", m.programme(), "申报日期", m.submittedOn());
            row(s, 1, "材料代码", "材料名称", "依据条款", "文件", "大小（字节）", "SHA-256");
            int r = 2;
            for (ManifestMaterial mm : m.materials()) {
                if (mm.files().isEmpty()) {
                    row(s, r++, mm.code(), mm.nameZh(), mm.article(), mm.text() == null ? "" : "（文字材料）", "", "");
                }
                for (ManifestFile f : mm.files()) {
                    row(s, r++, mm.code(), mm.nameZh(), mm.article(), f.path(), String.valueOf(f.size()), f.sha256());
                }
            }
            wb.write(out);
        }
    }

    /** The 3-year indicator table frozen at submission: a row per indicator, value and attainment per year. */
    private static void indicatorWorkbook(DossierView.SnapshotView snapshot, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("建设指标");
            if (snapshot == null || snapshot.rows() == null || snapshot.rows().isEmpty()) {
                row(s, 0, snapshot == null || snapshot.noteZh() == null ? "无指标快照" : snapshot.noteZh());
            } else {
                List<String> head = new ArrayList<>(List.of("指标代码", "指标名称", "约束性"));
                for (Integer y : snapshot.years()) {
                    head.add(y + "年数值");
                    head.add(y + "年达标");
                }
                head.add("三年均达标");
                row(s, 0, head.toArray(String[]::new));
                int r = 1;
                for (DossierView.SnapshotRow i : snapshot.rows()) {
                    Map<Integer, DossierView.YearValue> byYear = new LinkedHashMap<>();
                    i.values().forEach(v -> byYear.put(v.year(), v));
                    List<String> cells = new ArrayList<>(List.of(i.indicatorCode(), i.nameZh(), i.binding()));
                    for (Integer y : snapshot.years()) {
                        DossierView.YearValue v = byYear.get(y);
                        cells.add(v == null || v.value() == null ? "" : String.valueOf(v.value()));
                        cells.add(v == null || v.attained() == null ? "" : v.attained());
                    }
                    cells.add(i.met() ? "是" : "否");
                    row(s, r++, cells.toArray(String[]::new));
                }
            }
            wb.write(out);
        }
    }

    private static void row(Sheet s, int index, String... cells) {
        Row row = s.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i] == null ? "" : cells[i]);
        }
    }

    /** The ZIP stream handed to a workbook, which closes what it writes to. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
