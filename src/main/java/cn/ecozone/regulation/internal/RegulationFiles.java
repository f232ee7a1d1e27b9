package cn.ecozone.regulation.internal;

import cn.ecozone.regulation.Regulation;
import java.io.InputStream;
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
        Object document;
        try {
            document = strictYaml().load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where =
                    mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            throw new RegulationFileException(fileName, "$", "not valid YAML" + where + ": " + e.getProblem());
        } catch (YAMLException e) {
            throw new RegulationFileException(fileName, "$", "not valid YAML: " + e.getMessage());
        }
        return RegulationReader.read(Fields.root(fileName, document));
    }

    /** Safe types, no duplicate keys, dates left as text, and only true/false as booleans. */
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
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|false)$"), "tf");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
