package cn.ecozone.shared;

/**
 * LIKE patterns for bound parameters: the user's text matches literally (its {@code %}, {@code _}
 * and {@code \} are escaped; queries declare {@code escape '\'}).
 */
public final class Like {

    private Like() {}

    /** A pattern matching values that contain {@code text}; {@code %} (everything) for blank text. */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
