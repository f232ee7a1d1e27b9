package cn.ecozone.audit.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reasons the platform itself writes into audit records (issue 14 §8: "Excel 导入", a candidacy
 * moved because a plan started, a rectification ended by escalation…), read in the reader's language.
 * As with the descriptions (ADR 0039) the words are derived when read: the record keeps the Chinese
 * text it was hashed with, and a fixed platform text is recognised by its whole wording and shown
 * through a message key ({@code audit.reason.*}) with the parts that vary as arguments. A reason a
 * user typed matches no row and stays as typed; Chinese readers see the stored text unchanged.
 */
@Component
class AuditReasons {

    /** One platform text: the whole stored reason, its varying parts as groups, and its key. */
    record Fixed(Pattern text, String key) {}

    // each row's text is written by the module named; the Chinese message of the key says the same
    private static final List<Fixed> FIXED = List.of(
            // identity.AccountTransferManagement, identity.OrganizationImportManagement
            new Fixed(Pattern.compile("Excel 导入"), "audit.reason.excel-import"),
            // indicator.internal.excel.ValuesImported
            new Fixed(Pattern.compile("Excel导入（导入任务 (\\S+)）"), "audit.reason.indicator-import"),
            // candidacy.internal.CandidacyEntity: moves the platform makes
            new Fixed(Pattern.compile("规划 (\\d+)"), "audit.reason.candidacy.plan"),
            new Fixed(Pattern.compile("申报材料 (\\d+)"), "audit.reason.candidacy.dossier"),
            new Fixed(Pattern.compile("称号 (\\d+)"), "audit.reason.candidacy.title"),
            // enforcement.internal.RectificationOrders: a run ended by escalation
            new Fixed(Pattern.compile("整改逾期未完成，已依处理建议 (\\d+) 升级处理，整改程序结束"), "audit.reason.rectification-escalated"),
            // plan.PlanManagement: the plan period ran out
            new Fixed(Pattern.compile("规划期已于(\\d+)年届满"), "audit.reason.plan-expired"));

    private final MessageSource messages;

    AuditReasons(MessageSource messages) {
        this.messages = messages;
    }

    /** The stored reason as {@code locale} reads it: a platform text translated, anything else as stored. */
    String read(String stored, Locale locale) {
        if (stored == null || locale == null || locale.getLanguage().equals(Locale.CHINESE.getLanguage())) {
            return stored;
        }
        for (Fixed fixed : FIXED) {
            Matcher m = fixed.text().matcher(stored);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return messages.getMessage(fixed.key(), args, stored, locale);
            }
        }
        return stored;
    }
}
