package cn.ecozone.region.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** Reads a small generated CSV resource (no quoted fields) into rows, skipping the header. */
final class CsvRows {

    private CsvRows() {}

    static List<String[]> read(String resource, String expectedHeader) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (!expectedHeader.equals(header)) {
                throw new IllegalStateException(
                        resource + ": expected header '" + expectedHeader + "' but found '" + header + "'");
            }
            List<String[]> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
