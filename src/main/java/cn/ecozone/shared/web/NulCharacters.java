package cn.ecozone.shared.web;

import java.sql.SQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * No text with a NUL character (U+0000) gets in: PostgreSQL cannot store it, H2 would, and neither is
 * meant to. JSON strings and object keys holding one are refused while reading the body (400 naming
 * the field); a NUL that still reaches PostgreSQL (SQLSTATE 22021 or 22P05) is answered with 400
 * rather than as a conflict. Query strings and form bodies: {@link StrictFormContentFilter}.
 */
final class NulCharacters {

    private static final String REASON = "NUL character";

    private NulCharacters() {}

    /** A Jackson module whose String and Map-key readers refuse a NUL character. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("no-nul-characters");
        module.addDeserializer(String.class, new NoNulStrings());
        module.addKeyDeserializer(String.class, new NoNulKeys());
        return module;
    }

    /** The field whose text held a NUL character, or {@code null} when the body failed otherwise. */
    static String field(HttpMessageNotReadableException e) {
        if (e.getMostSpecificCause() instanceof InvalidFormatException f
                && f.getTargetType() == String.class
                && f.getOriginalMessage() != null
                && f.getOriginalMessage().contains(REASON)) {
            return f.getPath().isEmpty() || f.getPath().getLast().getPropertyName() == null
                    ? "body"
                    : f.getPath().getLast().getPropertyName();
        }
        return null;
    }

    /** Whether PostgreSQL refused a character it cannot store. */
    static boolean refusedByDatabase(DataIntegrityViolationException e) {
        return e.getMostSpecificCause() instanceof SQLException sql
                && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()));
    }

    private static final class NoNulStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\0') >= 0) {
                throw ctxt.weirdStringException(value, String.class, REASON);
            }
            return value;
        }
    }

    private static final class NoNulKeys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            if (key != null && key.indexOf('\0') >= 0) {
                throw ctxt.weirdKeyException(String.class, key, REASON);
            }
            return key;
        }
    }
}
