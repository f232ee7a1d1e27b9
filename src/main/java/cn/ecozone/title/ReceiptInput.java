package cn.ecozone.title;

import java.time.LocalDate;

/**
 * What the subject records of its submission on the national platform.
 *
 * @param submittedOn the day it submitted there (not in the future, not before the dossier's submission)
 * @param receiptNumber the platform's receipt number; required unless a receipt document is uploaded
 * @param opinion a remark kept with the step, optional
 * @param version the run's version the subject saw
 */
public record ReceiptInput(LocalDate submittedOn, String receiptNumber, String opinion, Long version) {}
