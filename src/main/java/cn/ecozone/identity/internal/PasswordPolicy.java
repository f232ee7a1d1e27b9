package cn.ecozone.identity.internal;

import cn.ecozone.shared.ApiException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The password rule of 等保2.0 (GB/T 22239-2019 8.1.4.1 a: 口令应有复杂度要求) as this platform applies
 * it: at least 8 characters, drawn from at least 3 of the 4 classes upper case, lower case, digit and
 * symbol, not the username, and not one of the commonest passwords ({@code
 * identity/common-passwords.txt}), compared lower-cased, as typed and without trailing digits and
 * symbols, so that {@code Passw0rd!} and {@code Qwer1234} are refused.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 64;
    static final int MIN_CLASSES = 3;

    /** A stem shorter than this is not compared on its own ({@code Ab1!} → {@code ab}). */
    static final int MIN_STEM = 4;

    private static final String COMMON = "/identity/common-passwords.txt";

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
        if (common(password)) {
            throw ApiException.invalid(field, "error.password.common");
        }
    }

    /** Whether the password, lower-cased, or its stem without trailing digits and symbols is common. */
    static boolean common(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (Common.PASSWORDS.contains(lower)) {
            return true;
        }
        int end = lower.length();
        while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return end >= MIN_STEM && end < lower.length() && Common.PASSWORDS.contains(lower.substring(0, end));
    }

    /** The list, read once on first use. */
    private static final class Common {

        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            Set<String> passwords = new HashSet<>();
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + COMMON);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && !entry.startsWith("#")) {
                        passwords.add(entry.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(passwords);
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
