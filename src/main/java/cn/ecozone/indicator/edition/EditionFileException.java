package cn.ecozone.indicator.edition;

/**
 * An edition file that cannot be accepted. The message names the file and the field path, e.g.
 * {@code gz-two-mountains-index.yaml: groups[0].groups[1].indicators[3].value_type: unknown value 'PERCENT'}.
 * Problems that belong to no field (a YAML syntax error, an empty file) use the path {@code $}.
 */
public class EditionFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String path;
    private final String problem;

    public EditionFileException(String file, String path, String problem) {
        super(file + ": " + path + ": " + problem);
        this.file = file;
        this.path = path;
        this.problem = problem;
    }

    /** The file name as given to the parser. */
    public String file() {
        return file;
    }

    /** The field path inside the file, e.g. {@code groups[0].indicators[3].value_type}, or {@code $}. */
    public String path() {
        return path;
    }

    /** What is wrong, without the file and path. */
    public String problem() {
        return problem;
    }
}
