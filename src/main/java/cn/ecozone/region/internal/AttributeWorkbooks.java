package cn.ecozone.region.internal;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement.AttributeRow;
import cn.ecozone.region.Terrain;
import cn.ecozone.shared.ApiException.FieldError;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The region attributes workbook (issue 14 §8): a sheet 地区属性 with a row per region (code, name,
 * terrain, grassland, coastal), written as a template filled with the current values and read back.
 * Reading reports every cell it cannot use at once, with its row; nothing is read beyond {@link
 * #MAX_ROWS} rows.
 */
@Component
public class AttributeWorkbooks {

    public static final String SHEET = "地区属性";
    static final int MAX_ROWS = 5_000;
    static final List<String> HEADERS = List.of("行政区划代码", "行政区划名称", "地形", "草原地区", "沿海地区");

    /** Terrain labels in the workbook. */
    static final Map<Terrain, String> TERRAIN = Map.of(
            Terrain.MOUNTAIN, "山区",
            Terrain.HILL, "丘陵",
            Terrain.PLAIN, "平原",
            Terrain.ARID_SEMI_ARID, "干旱半干旱",
            Terrain.UNKNOWN, "未知");

    /** What was read: the rows, or every error found. */
    public record Parsed(List<AttributeRow> rows, List<FieldError> errors) {}

    /** Writes the template: the regions with their current attributes, and the allowed values in 说明. */
    public void template(List<Region> regions, String who, String when, OutputStream out) throws IOException {
        ListWorkbook.write(
                SHEET,
                HEADERS,
                regions,
                r -> Arrays.asList(
                        r.code(),
                        r.name(),
                        TERRAIN.get(r.terrain() == null ? Terrain.UNKNOWN : r.terrain()),
                        flag(r.grassland()),
                        flag(r.coastal())),
                List.of(
                        "填写说明：按行填写行政区划代码及其地形、草原地区、沿海地区；行政区划名称仅供核对，不导入。",
                        "地形：山区、丘陵、平原、干旱半干旱、未知（地形决定林草覆盖率等指标适用的目标值）。",
                        "草原地区、沿海地区：是、否；留空表示未知。",
                        "导入时须填写变更理由；任何一行有误则整份不导入，并列出全部错误。重点生态功能区标识不随本表变更。",
                        "导出人：" + who,
                        "导出时间：" + when),
                out);
    }

    /** Reads the rows of the sheet 地区属性 (the first sheet if none is so named). */
    public Parsed read(Path file) throws IOException {
        List<FieldError> errors = new ArrayList<>();
        List<AttributeRow> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            Sheet sheet = workbook.getSheet(SHEET);
            if (sheet == null) {
                sheet = workbook.getNumberOfSheets() > 0 ? workbook.getSheetAt(0) : null;
            }
            if (sheet == null) {
                errors.add(new FieldError("file", "error.region.import.sheet", new Object[] {SHEET}));
                return new Parsed(rows, errors);
            }
            Set<String> seen = new HashSet<>();
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                int number = row.getRowNum() + 1;
                if (row.getRowNum() == 0) {
                    continue;
                }
                if (number > MAX_ROWS + 1) {
                    errors.add(new FieldError("file", "error.region.import.too-many", new Object[] {MAX_ROWS}));
                    break;
                }
                String code = text(format, row.getCell(0));
                String terrain = text(format, row.getCell(2));
                String grassland = text(format, row.getCell(3));
                String coastal = text(format, row.getCell(4));
                if (code == null && terrain == null && grassland == null && coastal == null) {
                    continue;
                }
                String at = "rows[" + number + "]";
                int before = errors.size();
                if (code == null || !code.matches("\\d{6}(\\d{3})?")) {
                    errors.add(new FieldError(at + ".code", "error.region.import.code", new Object[] {number, code}));
                } else if (!seen.add(code)) {
                    errors.add(
                            new FieldError(at + ".code", "error.region.import.duplicate", new Object[] {number, code}));
                }
                Terrain t = terrain(terrain);
                if (t == null) {
                    errors.add(new FieldError(
                            at + ".terrain", "error.region.import.terrain", new Object[] {number, terrain}));
                }
                Boolean[] flags = new Boolean[2];
                String[] cells = {grassland, coastal};
                String[] fields = {"grassland", "coastal"};
                for (int i = 0; i < 2; i++) {
                    if (cells[i] == null || cells[i].equals("未知")) {
                        continue;
                    }
                    if (cells[i].equals("是")) {
                        flags[i] = true;
                    } else if (cells[i].equals("否")) {
                        flags[i] = false;
                    } else {
                        errors.add(new FieldError(
                                at + "." + fields[i], "error.region.import.flag", new Object[] {number, cells[i]}));
                    }
                }
                if (errors.size() == before) {
                    rows.add(new AttributeRow(code, t, flags[0], flags[1]));
                }
            }
        } catch (InvalidFormatException | org.apache.poi.ooxml.POIXMLException e) {
            errors.add(new FieldError("file", "error.region.import.not-xlsx", new Object[0]));
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(new FieldError("file", "error.region.import.empty", new Object[0]));
        }
        return new Parsed(rows, errors);
    }

    private static Terrain terrain(String label) {
        if (label == null) {
            return null;
        }
        return TERRAIN.entrySet().stream()
                .filter(e -> e.getValue().equals(label))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private static String flag(Boolean value) {
        return value == null ? null : value ? "是" : "否";
    }

    private static String text(DataFormatter format, Cell cell) {
        if (cell == null) {
            return null;
        }
        String value = format.formatCellValue(cell).strip();
        return value.isEmpty() ? null : value;
    }
}
