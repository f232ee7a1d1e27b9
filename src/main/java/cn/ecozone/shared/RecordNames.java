package cn.ecozone.shared;

import java.util.Collection;
import java.util.Map;

/**
 * The names of a module's records by id, for the audit log's descriptions ("提交规划《…》", issue 14
 * §6): a module that owns a kind of record implements it; the audit module, which depends on no
 * business module, asks it once per page of records.
 *
 * <p>Precondition for implementations: one statement however many ids; ids that are not numbers or
 * not found are left out.
 */
public interface RecordNames {

    /** The kind of record, as the audit descriptions name it, e.g. {@code plan}. */
    String kind();

    /** The name of each record of {@code ids} that exists, by id. */
    Map<String, String> names(Collection<String> ids);
}
