package cn.ecozone.dossier;

import cn.ecozone.procedure.RunView;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.ApplicationRules.MaterialKind;
import cn.ecozone.regulation.Programme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A dossier as its page shows it: the round, each material with its rule, article and check, the
 * eligibility conditions, the indicator snapshot, the exclusions, what still blocks submission and
 * the run of its chain. The JSON names are the contract with the front end (docs/dossier.md).
 *
 * @param allowedActions what the asking user may do now: {@code EDIT}, {@code SUBMIT}, and the
 *     engine's {@code ACT}, {@code RETURN}, {@code WITHDRAW}
 * @param exclusions the exclusions report as of the submission date (today while a draft)
 * @param run the run of the chain, or null before the first submission
 */
public record DossierView(
        long id,
        long candidacyId,
        RoundView round,
        String subjectName,
        String regionCode,
        String regionName,
        RegionLevel subjectLevel,
        Programme programme,
        String regulationCode,
        int regulationVersion,
        DossierState state,
        LocalDate submittedOn,
        long version,
        List<String> allowedActions,
        List<MaterialView> materials,
        List<ConditionView> eligibility,
        SnapshotView indicators,
        cn.ecozone.registry.ExclusionReport exclusions,
        List<Blocker> blockers,
        RunView run) {

    public enum Status {
        GREEN,
        AMBER,
        RED
    }

    public enum Level {
        ERROR,
        WARNING
    }

    public record Message(Level level, String textZh, String textEn) {}

    /** The tolerance applied to an approximate number (左右), as regulation data. */
    public record Tolerance(int target, int min, int max, boolean uncertain, String noteZh) {}

    /** An uploaded file of a material; width and height for photos. */
    public record DocumentView(
            long id,
            String name,
            String mediaType,
            long size,
            Integer width,
            Integer height,
            String sha256,
            Instant uploadedAt) {}

    /**
     * One material of the regulation's list with its check.
     *
     * @param text the typed text (TEXT), else null
     * @param characters the count of a Chinese reader: code points, whitespace excluded (TEXT)
     * @param linkedPlanId the subject's plan in force, for the material the plan satisfies
     */
    public record MaterialView(
            String code,
            String nameZh,
            String ruleZh,
            String article,
            boolean uncertain,
            String noteZh,
            MaterialKind kind,
            Status status,
            List<Message> messages,
            String text,
            Integer characters,
            Tolerance tolerance,
            Integer minCount,
            List<DocumentView> documents,
            Long linkedPlanId) {}

    /**
     * An eligibility condition: automatic ones are checked by the platform ({@code met}), the others
     * answered by the subject ({@code met} null).
     */
    public record ConditionView(
            String code,
            String textZh,
            String article,
            boolean automatic,
            Boolean met,
            String explanationZh,
            String answer,
            List<Long> documentIds) {}

    /** One indicator in the snapshot: its value and attainment per year, and whether all years met. */
    public record SnapshotRow(
            String indicatorCode, String nameZh, String binding, List<YearValue> values, boolean met) {}

    public record YearValue(int year, Double value, String attained) {}

    /** A value that changed after the snapshot was frozen. */
    public record Change(String indicatorCode, int year, Double frozenValue, Double currentValue) {}

    /**
     * The indicator evaluation of the years before the application: a live preview until submission,
     * then frozen; {@code changedSince} lists values that changed after it was frozen.
     *
     * @param editionCode null where the regulation names no edition for the level ({@code noteZh} says so)
     * @param notMet binding indicators not met in some year
     */
    public record SnapshotView(
            boolean frozen,
            Instant takenAt,
            String editionCode,
            List<Integer> years,
            List<SnapshotRow> rows,
            List<String> notMet,
            boolean blocksSubmission,
            String article,
            List<Change> changedSince,
            String noteZh) {}

    /** Something that keeps the dossier from being submitted, in both languages. */
    public record Blocker(String code, String messageZh, String messageEn, String materialCode) {}
}
