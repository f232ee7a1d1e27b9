package cn.ecozone.regulation.internal;

import cn.ecozone.regulation.Regulation;
import cn.ecozone.shared.yaml.StrictYaml;
import java.io.InputStream;

/** Parses regulation files (format: {@code docs/regulations.md}). Free of Spring for tests. */
public final class RegulationFiles {

    private RegulationFiles() {}

    /**
     * Parses one file; the stream is read as UTF-8 and not closed.
     *
     * @param fileName used in messages only
     * @throws RegulationFileException naming the file and the field path
     */
    public static Regulation parse(String fileName, InputStream yaml) {
        return RegulationReader.read(
                StrictYaml.load(fileName, yaml, StrictYaml.Dialect.LOWER_CASE_BOOLEANS, RegulationFileException::new));
    }
}
