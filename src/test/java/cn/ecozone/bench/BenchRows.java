package cn.ecozone.bench;

import cn.ecozone.indicator.edition.IndicatorDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

/** The rows {@link CountryDatabase} writes besides the values: its edition and its 3,000 regions. */
final class BenchRows {

    private BenchRows() {}

    /** The edition row, unless it is there. */
    static void edition(Connection c, String code, int firstYear, int lastYear, Timestamp now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into indicator_edition (code, edition_version, title_zh,"
                + " issued_uncertain, complete, levels, first_year, last_year, score_method, status, shipped,"
                + " created_at, version) select ?, 1, '全国县域基准', false, true, 'COUNTY', ?, ?, 'SHARE_MET',"
                + " 'PUBLISHED', false, ?, 0 where not exists (select 1 from indicator_edition where code = ?)")) {
            p.setString(1, code);
            p.setInt(2, firstYear);
            p.setInt(3, lastYear);
            p.setTimestamp(4, now);
            p.setString(5, code);
            p.executeUpdate();
        }
    }

    /** A province BC0000 and its counties BC0001 … , unless they are there. */
    static void regions(Connection c, int count) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into region (code, name, level, parent_code, path,"
                + " functional_zone, terrain, key_ecological_function_area, has_children, version)"
                + " select ?, ?, ?, ?, ?, false, 'PLAIN', false, ?, 0 where not exists"
                + " (select 1 from region where code = ?)")) {
            for (int r = 0; r <= count; r++) {
                String code = "BC%04d".formatted(r);
                p.setString(1, code);
                p.setString(2, r == 0 ? "基准省" : "基准县" + r);
                p.setString(3, r == 0 ? "PROVINCE" : "COUNTY");
                p.setString(4, r == 0 ? null : "BC0000");
                p.setString(5, r == 0 ? "/BC0000/" : "/BC0000/" + code + "/");
                p.setBoolean(6, r == 0);
                p.setString(7, code);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** The parts JSON of a value of a row with parts (each part the value), else null. */
    static String parts(IndicatorDefinition row, double value) {
        if (!(row.target().get("parts") instanceof List<?> parts)) {
            return null;
        }
        StringBuilder json = new StringBuilder("{");
        for (Object part : parts) {
            if (part instanceof Map<?, ?> m) {
                json.append(json.length() > 1 ? "," : "")
                        .append('"')
                        .append(m.get("key"))
                        .append("\":")
                        .append(value);
            }
        }
        return json.append('}').toString();
    }
}
