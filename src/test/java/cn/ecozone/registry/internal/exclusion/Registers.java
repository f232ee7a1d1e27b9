package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.internal.RegulationFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Register entries and shipped regulations for the Spring-free exclusion tests. */
final class Registers {

    static final String COUNTY = "/150000/152500/152502/";
    private static final AtomicLong IDS = new AtomicLong();

    private Registers() {}

    static Regulation shipped(String file) {
        return RegulationFiles.parse(file, new ByteArrayInputStream(text(file).getBytes(StandardCharsets.UTF_8)));
    }

    static Regulation shippedWith(String file, String from, String to) {
        String changed = text(file).replace(from, to);
        return RegulationFiles.parse(file, new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)));
    }

    static String text(String file) {
        try (InputStream in = Registers.class.getResourceAsStream("/regulations/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RegisterEntry entry(
            RegisterKind kind,
            String category,
            LocalDate on,
            String level,
            Boolean major,
            Boolean completed,
            List<RegisterEntry.Task> tasks) {
        return new RegisterEntry(
                IDS.incrementAndGet(),
                kind,
                "152502",
                COUNTY,
                category,
                on,
                on.getYear(),
                level,
                major,
                completed,
                null,
                null,
                null,
                null,
                kind + " " + on,
                new RegisterEntry.Source("内环督〔2025〕1号", on, "自治区生态环境厅"),
                tasks);
    }

    static RegisterEntry petition(LocalDate received, LocalDate due, LocalDate closed) {
        return new RegisterEntry(
                IDS.incrementAndGet(),
                RegisterKind.PETITION,
                "152502",
                COUNTY,
                "HOTLINE_12369",
                received,
                null,
                null,
                null,
                null,
                due,
                closed,
                null,
                null,
                "12369 举报 " + received,
                new RegisterEntry.Source("12369-" + received, received, "12369环保举报联网管理平台"),
                List.of());
    }
}
