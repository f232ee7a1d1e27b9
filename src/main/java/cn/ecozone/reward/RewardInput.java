package cn.ecozone.reward;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What province staff enter for a reward.
 *
 * @param amount in yuan, at least 0, at most two decimals
 * @param awardedOn the date of the reward's document, not in the future
 * @param documentNumber the document's number, e.g. 内财资环〔2025〕12号
 * @param issuingBody who issued the document
 * @param note optional
 */
public record RewardInput(
        BigDecimal amount, LocalDate awardedOn, String documentNumber, String issuingBody, String note) {}
