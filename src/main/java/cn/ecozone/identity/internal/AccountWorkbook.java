package cn.ecozone.identity.internal;

import cn.ecozone.document.Upload;
import cn.ecozone.document.WorkbookUpload;
import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The users' and organizations' workbooks (issue 14 §6): the columns an export writes and an import
 * reads back, the Chinese labels of roles and organization kinds in them (a code is read too), and the
 * reading of an upload (fastexcel-reader, streamed; taken and checked by {@link WorkbookUpload}). A
 * workbook never holds a password.
 */
@Component
public class AccountWorkbook {

    /** The user workbook's columns; the first four are what an import reads. */
    public static final List<String> USER_HEADERS =
            List.of("用户名", "姓名", "角色", "所属机构", "机构所在地区代码", "机构所在地区", "状态", "需修改密码", "最近登录");

    /** The organization workbook's columns. */
    public static final List<String> ORGANIZATION_HEADERS = List.of("机构名称", "机构类型", "所在地区代码", "所在地区", "上级机构", "机构编号");

    /** The columns an import of organizations needs, and those it reads when present. */
    public static final List<String> ORGANIZATION_IMPORT = List.of("机构名称", "机构类型", "所在地区代码");

    public static final List<String> ORGANIZATION_OPTIONAL = List.of("上级机构", "上级机构所在地区代码");

    /** The columns an import of users needs. */
    public static final List<String> USER_IMPORT = List.of("用户名", "姓名", "角色", "所属机构", "机构所在地区代码");

    private static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final int MAX_ROWS = 2_000;

    private static final Map<Role, String> ROLE_LABELS = Map.ofEntries(
            Map.entry(Role.SYSTEM_ADMIN, "系统管理员"),
            Map.entry(Role.SECURITY_ADMIN, "安全管理员"),
            Map.entry(Role.AUDIT_ADMIN, "审计管理员"),
            Map.entry(Role.PROVINCE_STAFF, "厅工作人员"),
            Map.entry(Role.DIVISION_REVIEWER, "处室审核人员"),
            Map.entry(Role.PREFECTURE_STAFF, "地市生态环境局工作人员"),
            Map.entry(Role.PREFECTURE_GOVERNMENT, "地市人民政府"),
            Map.entry(Role.COUNTY_GOVERNMENT, "县级人民政府"),
            Map.entry(Role.CONSTRUCTION_SUBJECT, "其他建设主体"),
            Map.entry(Role.COMMITTEE_OFFICE, "生态环境保护委员会办公室"),
            Map.entry(Role.EXPERT, "专家"));

    private static final Map<OrganizationKind, String> KIND_LABELS = Map.ofEntries(
            Map.entry(OrganizationKind.DEPARTMENT, "生态环境厅"),
            Map.entry(OrganizationKind.DIVISION, "处室"),
            Map.entry(OrganizationKind.BUREAU, "生态环境局"),
            Map.entry(OrganizationKind.GOVERNMENT, "人民政府"),
            Map.entry(OrganizationKind.ADMINISTRATIVE_OFFICE, "行政公署"),
            Map.entry(OrganizationKind.COMMITTEE_OFFICE, "生态环境保护委员会办公室"),
            Map.entry(OrganizationKind.EXPERT_AFFILIATION, "专家所在单位"),
            Map.entry(OrganizationKind.OTHER_SUBJECT, "其他建设主体"),
            Map.entry(OrganizationKind.PLATFORM_OPERATIONS, "平台运维"));

    private final Path directory;

    AccountWorkbook(@Value("${ecozone.instance.work-dir}/identity") Path directory) {
        this.directory = directory;
    }

    /** A data row as read: its Excel row number and its non-blank cells by header. */
    public record ReadRow(int row, Map<String, String> cells) {}

    public static String label(Role role) {
        return ROLE_LABELS.get(role);
    }

    public static String label(OrganizationKind kind) {
        return KIND_LABELS.get(kind);
    }

    /** The organization kind a cell names, by its label or its code; empty when it names none. */
    public static Optional<OrganizationKind> kind(String cell) {
        for (Map.Entry<OrganizationKind, String> e : KIND_LABELS.entrySet()) {
            if (e.getValue().equals(cell) || e.getKey().name().equalsIgnoreCase(cell)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** The role a cell names, by its label or its code; empty when it names none. */
    public static Optional<Role> role(String cell) {
        for (Map.Entry<Role, String> e : ROLE_LABELS.entrySet()) {
            if (e.getValue().equals(cell) || e.getKey().name().equalsIgnoreCase(cell)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * The data rows of the upload's first sheet, blank rows skipped.
     *
     * @throws ApiException 400 empty or a needed column missing, 413 too large, 415 not an .xlsx, 422
     *     unsafe or more than 2,000 rows
     */
    public List<ReadRow> read(Upload upload, List<String> needed) {
        return read(upload, needed, List.of());
    }

    /** As {@link #read(Upload, List)}, also reading the {@code optional} columns where the sheet has them. */
    public List<ReadRow> read(Upload upload, List<String> needed, List<String> optional) {
        Path file = WorkbookUpload.take(
                upload, new WorkbookUpload.Terms(directory, "accounts-", MAX_BYTES, "identity.import."));
        try {
            return rows(file, needed, optional);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            WorkbookUpload.delete(file);
        }
    }

    private static List<ReadRow> rows(Path file, List<String> needed, List<String> optional) throws IOException {
        List<ReadRow> out = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = stream.iterator();
            if (!it.hasNext()) {
                throw ApiException.invalid("file", "identity.import.no-header");
            }
            Row header = it.next();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.getCellCount(); i++) {
                String t = header.getCellText(i);
                if (t != null && !t.isBlank()) {
                    index.putIfAbsent(t.replace("*", "").strip(), i);
                }
            }
            for (String h : needed) {
                if (!index.containsKey(h)) {
                    throw ApiException.invalid("file", "identity.import.column-missing", h);
                }
            }
            while (it.hasNext()) {
                Row row = it.next();
                Map<String, String> cells = new HashMap<>();
                for (String h :
                        Stream.concat(needed.stream(), optional.stream()).toList()) {
                    Integer i = index.get(h);
                    if (i != null && i < row.getCellCount()) {
                        String t = row.getCellText(i);
                        if (t != null && !t.isBlank()) {
                            cells.put(h, t.strip());
                        }
                    }
                }
                if (cells.isEmpty()) {
                    continue;
                }
                if (out.size() >= MAX_ROWS) {
                    throw ApiException.unprocessable(
                            "too-many-rows", "file", "identity.import.too-many-rows", MAX_ROWS);
                }
                out.add(new ReadRow(row.getRowNum(), cells));
            }
        }
        return out;
    }
}
