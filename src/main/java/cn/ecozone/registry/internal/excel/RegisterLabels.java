package cn.ecozone.registry.internal.excel;

import cn.ecozone.registry.RegisterKind;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The Chinese labels of fields and codes, as the workbooks show them (from messages.properties). */
@Component
public class RegisterLabels {

    private final MessageSource messages;

    RegisterLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The column header of a field of the kind. */
    public String header(RegisterKind kind, String field) {
        String generic = messages.getMessage("registry.field." + field, null, field, Locale.SIMPLIFIED_CHINESE);
        return messages.getMessage(
                "registry.field." + kind.name() + "." + field, null, generic, Locale.SIMPLIFIED_CHINESE);
    }

    /** The label of a code, e.g. {@code registry.level.MAJOR} → 重大. */
    public String code(String prefix, String code) {
        return code == null ? null : messages.getMessage(prefix + code, null, code, Locale.SIMPLIFIED_CHINESE);
    }

    /** The name of a register, e.g. 突发环境事件登记簿. */
    public String kind(RegisterKind kind) {
        return messages.getMessage("registry.kind." + kind.name(), null, kind.name(), Locale.SIMPLIFIED_CHINESE);
    }

    /** A message in the locale. */
    public String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }
}
