package cn.ecozone.regulation.internal;

import cn.ecozone.regulation.Regulation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The regulations shipped in {@code regulations/*.yaml}, parsed and validated when the bean is
 * created: an invalid file stops the start with a message naming the file and the field path. Held
 * in memory only (they are small); see ADR 0007.
 */
@Component
public class RegulationCatalog {

    static final String LOCATION = "classpath*:regulations/*.yaml";

    private final List<Regulation> all;

    /** Reads and validates the shipped files. */
    public RegulationCatalog() throws IOException {
        this(new PathMatchingResourcePatternResolver().getResources(LOCATION));
    }

    RegulationCatalog(Resource[] files) {
        List<Regulation> read = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Resource file : files) {
            Regulation r = read(file);
            String first = seen.putIfAbsent(r.code() + " v" + r.version(), file.getFilename());
            if (first != null) {
                throw new RegulationFileException(
                        file.getFilename(),
                        "version",
                        r.code() + " version " + r.version() + " is already defined in " + first);
            }
            read.add(r);
        }
        read.sort(Comparator.comparing(Regulation::code).thenComparing(Regulation::version));
        this.all = List.copyOf(read);
    }

    /** Every version of every regulation, by code then version. */
    public List<Regulation> all() {
        return all;
    }

    private static Regulation read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return RegulationFiles.parse(file.getFilename(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(file.getFilename(), e);
        }
    }
}
