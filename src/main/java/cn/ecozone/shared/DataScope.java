package cn.ecozone.shared;

import java.util.Objects;

/**
 * The regions whose records a user may see and act on: its own region and every region below it.
 * The three administrators have an empty business scope ({@link #none()}, 三员分立: no administrator
 * reads business data) and administer the accounts of the whole country ({@link #administration}).
 *
 * <p>Queries bind {@link #pathPattern()} as a parameter against a stored region path ({@code path
 * like :pattern}); the pattern is never spliced into SQL text.
 */
public final class DataScope {

    private static final String ROOT = "/";

    /** Matches no stored path: paths hold only digits and '/'. */
    private static final String NOTHING = "#";

    private final String pathPrefix;

    private DataScope(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    /** The business records the actor may see: none for an administrator. */
    public static DataScope of(Actor actor) {
        return actor.role().administrator() ? none() : under(actor.regionPath());
    }

    /**
     * The accounts and organizations the actor administers: the whole country for an administrator,
     * else its business scope.
     */
    public static DataScope administration(Actor actor) {
        return actor.role().administrator() ? nationwide() : of(actor);
    }

    /** The empty scope: it includes no region and its pattern matches no stored path. */
    public static DataScope none() {
        return new DataScope(NOTHING);
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

    /**
     * The text every region path inside this scope starts with (a pattern of no path for the empty
     * scope), for a condition {@code left(path, :length) = :prefix} with both bound: H2 plans a
     * {@code LIKE} with a bound pattern anew on every execution (it derives index ranges from the
     * pattern), which was a tenth of a list request (docs/performance.md "Lists, fourth pass").
     */
    public String pathPrefix() {
        return pathPrefix;
    }

    /** Whether a record in the region with the given path lies inside this scope. */
    public boolean includes(String regionPath) {
        return regionPath != null && !NOTHING.equals(pathPrefix) && regionPath.startsWith(pathPrefix);
    }

    @Override
    public String toString() {
        return "DataScope[" + pathPrefix + "]";
    }
}
