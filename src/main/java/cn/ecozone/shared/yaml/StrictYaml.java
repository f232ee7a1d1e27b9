package cn.ecozone.shared.yaml;

import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;
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
 * The one strict YAML loader for data files (regulations, indicator editions): safe types only,
 * duplicate keys refused, no alias bombs, and no implicit dates or YAML 1.1 yes/no/on/off booleans,
 * so dates stay text (parsed as ISO dates by {@link YamlFields}) and {@code NO} or {@code off} cannot
 * turn into {@code false} unnoticed. Syntax errors are reported through the caller's {@link Errors}
 * at the path {@code $}. Free of Spring so that tests and tools share it.
 */
public final class StrictYaml {

    /** Which booleans and keys a file may use beyond the strict core. */
    public enum Dialect {
        /** Only {@code true} and {@code false} are booleans; {@code <<} is an ordinary key. */
        LOWER_CASE_BOOLEANS,
        /** {@code true/True/TRUE} and {@code false/False/FALSE} are booleans; {@code <<} merges. */
        ANY_CASE_BOOLEANS_AND_MERGE_KEYS
    }

    /** Builds the caller's exception for a problem at a field path of a file. */
    @FunctionalInterface
    public interface Errors {
        RuntimeException at(String file, String path, String problem);
    }

    private StrictYaml() {}

    /**
     * Loads one document and returns its root mapping; the stream is read as UTF-8 (a BOM is
     * honoured) and not closed.
     *
     * @param fileName used in messages only
     * @param errors builds the exception thrown for every problem, here and in the returned fields
     * @throws RuntimeException from {@code errors} if the file is not valid YAML, is empty, or its top
     *     level is not a mapping
     */
    public static YamlFields load(String fileName, InputStream yaml, Dialect dialect, Errors errors) {
        Object document;
        try {
            document = yaml(dialect).load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where =
                    mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            throw errors.at(fileName, "$", "not valid YAML" + where + ": " + e.getProblem());
        } catch (YAMLException e) {
            throw errors.at(fileName, "$", "not valid YAML: " + e.getMessage());
        }
        return root(fileName, document, errors);
    }

    /** The root of an already loaded document, which must be a non-empty mapping. */
    public static YamlFields root(String fileName, Object document, Errors errors) {
        if (document == null) {
            throw errors.at(fileName, "$", "the file is empty");
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw errors.at(fileName, "$", "expected a mapping of fields at the top level");
        }
        return new YamlFields(fileName, "", map, errors);
    }

    private static Yaml yaml(Dialect dialect) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(
                new SafeConstructor(options), new Representer(dumper), dumper, options, new StrictResolver(dialect));
    }

    private static final class StrictResolver extends Resolver {

        private static final Pattern LOWER_CASE_BOOL = Pattern.compile("^(?:true|false)$");
        private static final Pattern ANY_CASE_BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");

        StrictResolver(Dialect dialect) {
            super();
            // the superclass constructor has already called addImplicitResolvers(): add the dialect's
            if (dialect == Dialect.LOWER_CASE_BOOLEANS) {
                addImplicitResolver(Tag.BOOL, LOWER_CASE_BOOL, "tf");
            } else {
                addImplicitResolver(Tag.BOOL, ANY_CASE_BOOL, "tTfF");
                addImplicitResolver(Tag.MERGE, MERGE, "<");
            }
        }

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
