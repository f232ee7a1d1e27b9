package cn.ecozone.reward.internal;

import cn.ecozone.reward.RewardInput;
import cn.ecozone.shared.ApiException;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Checks and cleans what staff enter for a reward: a bad field is a 400 naming it, before anything changes. */
public final class RewardChecks {

    /** The largest amount numeric(16, 2) holds. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");

    private RewardChecks() {}

    /**
     * The input with its texts stripped (a blank note becomes null). Preconditions: none.
     *
     * @param today the day in Beijing: the reward's date may not come after it
     * @throws ApiException 400 on the first bad field
     */
    public static RewardInput clean(RewardInput in, LocalDate today) {
        if (in == null) {
            throw ApiException.invalid("amount", "validation.required");
        }
        BigDecimal amount = in.amount();
        if (amount == null) {
            throw ApiException.invalid("amount", "validation.required");
        }
        if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw ApiException.invalid("amount", "reward.amount.range", MAX_AMOUNT.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw ApiException.invalid("amount", "reward.amount.scale");
        }
        if (in.awardedOn() == null) {
            throw ApiException.invalid("awardedOn", "validation.required");
        }
        if (in.awardedOn().isAfter(today)) {
            throw ApiException.invalid("awardedOn", "reward.date.future", today.toString());
        }
        String number = required("documentNumber", in.documentNumber(), 100);
        String body = required("issuingBody", in.issuingBody(), 200);
        String note =
                in.note() == null || in.note().isBlank() ? null : in.note().strip();
        if (note != null && note.length() > 1000) {
            throw ApiException.invalid("note", "reward.too-long", 1000);
        }
        return new RewardInput(
                amount.setScale(2, java.math.RoundingMode.UNNECESSARY), in.awardedOn(), number, body, note);
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "validation.required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw ApiException.invalid(field, "reward.too-long", max);
        }
        return v;
    }
}
