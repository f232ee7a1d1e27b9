package cn.ecozone.shared;

import java.util.Objects;

/**
 * The regions whose records a user may see and act on: its own region and every region below it,
 * or the whole country for the administrative roles.
 *
 * <p>Queries bind {@link #pathPattern()} as a parameter against a stored region path ({@code path
 * like :pattern}); the pattern is never spliced into SQL text.
 */
public final class DataScope {

    private static final String ROOT = "/";

    private final String pathPrefix;

    private DataScope(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    public static DataScope of(Actor actor) {
        return actor.role().nationwide() ? nationwide() : under(actor.regionPath());
    }

    public static DataScope nationwide() {
        return new DataScope(ROOT);
    }

    /**
     * @param regionPath a materialized region path that starts and ends with {@code /}
     */
    public static DataScope under(String regionPath) {
        Objects.requireNonNull(regionPath, "regionPath");
        if (!regionPath.startsWith(ROOT) || !regionPath.endsWith(ROOT)) {
            throw new IllegalArgumentException("region path must start and end with '/': " + regionPath);
        }
        return new DataScope(regionPath);
    }

    public boolean isNationwide() {
        return ROOT.equals(pathPrefix);
    }

    /** The LIKE pattern to bind against a region path column. Paths hold only digits and '/'. */
    public String pathPattern() {
        return pathPrefix + "%";
    }

    /** Whether a record in the region with the given path lies inside this scope. */
    public boolean includes(String regionPath) {
        return regionPath != null && regionPath.startsWith(pathPrefix);
    }

    @Override
    public String toString() {
        return "DataScope[" + pathPrefix + "]";
    }
}
