package cn.ecozone.title;

import java.time.LocalDate;

/**
 * The naming the province records.
 *
 * @param named whether the subject was named
 * @param namingBodyZh who named: defaults to 生态环境部 at the Ministry's result and to the actor's
 *     department at the designation
 * @param documentNumber the naming document's number (文号); required when named
 * @param decidedOn the document's date, not in the future
 * @param reason why not named; required when not named
 * @param version the run's version the actor saw
 */
public record NamingInput(
        Boolean named, String namingBodyZh, String documentNumber, LocalDate decidedOn, String reason, Long version) {}
