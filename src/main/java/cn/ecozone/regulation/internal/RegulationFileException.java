package cn.ecozone.regulation.internal;

/**
 * A regulation file that cannot be accepted. The message names the file and the field path, e.g.
 * {@code im-ecociv-2022.yaml: plan.paths[0].steps[5].deadline.counting: unknown value 'NEXT'}.
 * Problems that belong to no field (YAML syntax, an empty file) use the path {@code $}.
 */
public class RegulationFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String path;

    public RegulationFileException(String file, String path, String problem) {
        super(file + ": " + path + ": " + problem);
        this.file = file;
        this.path = path;
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }
}
