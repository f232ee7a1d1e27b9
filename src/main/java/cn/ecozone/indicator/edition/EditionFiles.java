package cn.ecozone.indicator.edition;

import java.io.InputStream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

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
        Object document;
        try {
            document = strictYaml().load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where =
                    mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            throw new EditionFileException(fileName, "$", "not valid YAML" + where + ": " + e.getProblem());
        } catch (YAMLException e) {
            throw new EditionFileException(fileName, "$", "not valid YAML: " + e.getMessage());
        }
        return EditionReader.read(YamlFields.root(fileName, document));
    }

    /**
     * Safe types only, duplicate keys refused, no aliases bombs, and no implicit dates or YAML 1.1
     * yes/no/on/off booleans: dates stay text (parsed as ISO dates by the reader) and only
     * true/false are booleans, so {@code NO} or {@code off} cannot turn into {@code false} unnoticed.
     */
    private static Yaml strictYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new StrictResolver());
    }

    private static final class StrictResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(
                    Tag.BOOL, java.util.regex.Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
