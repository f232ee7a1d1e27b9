package cn.ecozone.archive.internal;

import cn.ecozone.archive.ArchiveEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Renders a module's record as an archive text (indented JSON), and days as Beijing dates. */
@Component
class ArchiveRecords {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JsonMapper json;

    ArchiveRecords(JsonMapper json) {
        this.json = json;
    }

    ArchiveEntry.Text json(Object record) {
        return new ArchiveEntry.Text(json.writerWithDefaultPrettyPrinter().writeValueAsString(record));
    }

    static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, ZONE);
    }
}
