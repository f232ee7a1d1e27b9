package cn.ecozone.registry;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer of one exclusion check for one subject.
 *
 * @param code the exclusion code in the regulation data, e.g. {@code PETITIONS}
 * @param textZh the sentence of the article
 * @param records the records that trigger the exclusion (or, when it needs judgement, those behind the doubt)
 * @param figures the numbers behind the answer, e.g. 办结率 = 12 / 15 = 80.0 %
 * @param provinceSetting the answer depends on a threshold the province sets, not the regulation
 * @param uncertain the regulation's words leave a reading open that the data settles (see {@code noteZh})
 */
public record ExclusionVerdict(
        String code,
        String textZh,
        @Nullable String article,
        ExclusionOutcome outcome,
        String explanationZh,
        String explanationEn,
        List<Trigger> records,
        List<Figure> figures,
        boolean provinceSetting,
        boolean uncertain,
        @Nullable String noteZh) {

    /** A register record behind a verdict, with the document it cites. */
    public record Trigger(
            long recordId,
            RegisterKind kind,
            LocalDate occurredOn,
            String summary,
            String sourceNumber,
            LocalDate sourceDate,
            String sourceIssuer) {

        public static Trigger of(RegisterEntry entry) {
            return new Trigger(
                    entry.id(),
                    entry.kind(),
                    entry.occurredOn(),
                    entry.summary(),
                    entry.source().number(),
                    entry.source().date(),
                    entry.source().issuer());
        }
    }

    /** A figure behind a verdict, e.g. name 办结率, value {@code 12 / 15 = 80.0 %}. */
    public record Figure(
            String name, String value, @Nullable String noteZh) {}
}
