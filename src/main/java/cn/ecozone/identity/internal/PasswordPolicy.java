package cn.ecozone.identity.internal;

import cn.ecozone.shared.ApiException;

/**
 * The password rule of 等保2.0 as this platform applies it: at least 8 characters, drawn from at
 * least 3 of the 4 classes upper case, lower case, digit and symbol, and not the username.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 64;
    static final int MIN_CLASSES = 3;

    private PasswordPolicy() {}

    /** Throws a 400 on {@code field} when the password breaks the rule. */
    public static void check(String field, String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw ApiException.invalid(field, "error.password.weak");
        }
        if (classes(password) < MIN_CLASSES) {
            throw ApiException.invalid(field, "error.password.weak");
        }
        if (password.equalsIgnoreCase(username)) {
            throw ApiException.invalid(field, "error.password.username");
        }
    }

    static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (char c : password.toCharArray()) {
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
