package cn.ecozone.indicator.edition;

import cn.ecozone.shared.yaml.StrictYaml;
import java.io.InputStream;

/**
 * Reads edition files (the format is described in {@code docs/indicator-editions.md}). Free of
 * Spring so that the loader, the importer and tests share it.
 */
public final class EditionFiles {

    private EditionFiles() {}

    /**
     * Parses one edition file; every problem is reported with the file name and the field path. The
     * stream is read as UTF-8 (a BOM is honoured) and not closed.
     *
     * @param fileName used in messages only
     * @throws EditionFileException if the file is not valid YAML, a field is missing, misspelt, of the
     *     wrong type or out of range, a code is duplicated, or a target is not a mapping with a kind
     */
    public static EditionDefinition parse(String fileName, InputStream yaml) {
        return EditionReader.read(StrictYaml.load(
                fileName, yaml, StrictYaml.Dialect.ANY_CASE_BOOLEANS_AND_MERGE_KEYS, EditionFileException::new));
    }
}
