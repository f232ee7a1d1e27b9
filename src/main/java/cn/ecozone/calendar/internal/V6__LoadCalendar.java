package cn.ecozone.calendar.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.TreeSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped holidays and adjusted working days 2015–2026 ({@code data/calendar.csv},
 * generated from the npm package chinese-days 1.5.7; see docs/data-sources.md). A day belongs to
 * the notice of its own year, except the last days of December that a January range starts on.
 */
@Component
public class V6__LoadCalendar extends BaseJavaMigration {

    static final String HEADER = "date,kind,holiday";

    @Override
    public void migrate(Context context) throws Exception {
        TreeSet<Integer> years = new TreeSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                        new ClassPathResource("data/calendar.csv").getInputStream(), StandardCharsets.UTF_8));
                PreparedStatement day = context.getConnection()
                        .prepareStatement(
                                "insert into calendar_day (cal_date, kind, holiday, notice_year) values (?, ?, ?, ?)")) {
            String header = in.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalStateException("data/calendar.csv: expected header '" + HEADER + "'");
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] row = line.split(",", 3);
                LocalDate date = LocalDate.parse(row[0]);
                int noticeYear =
                        date.getMonthValue() == 12 && "元旦".equals(row[2]) ? date.getYear() + 1 : date.getYear();
                years.add(date.getYear());
                day.setDate(1, Date.valueOf(date));
                day.setString(2, row[1]);
                day.setString(3, row[2]);
                day.setInt(4, noticeYear);
                day.addBatch();
            }
            day.executeBatch();
        }
        try (PreparedStatement year = context.getConnection()
                .prepareStatement("insert into calendar_year (cal_year, source, shipped, updated_at, version)"
                        + " values (?, ?, true, current_timestamp, 0)")) {
            for (int y = years.first(); y <= years.last(); y++) {
                year.setInt(1, y);
                year.setString(2, "国务院办公厅关于" + y + "年部分节假日安排的通知（数据：chinese-days 1.5.7）");
                year.addBatch();
            }
            year.executeBatch();
        }
    }
}
