package cn.ecozone.indicator.edition;

/**
 * How an edition's summary score is computed. It is part of the edition's data because the source
 * documents give no weights (seed 002 has none for the Guizhou index), so the platform's interim
 * method must be visible and replaceable by a new edition, never hidden in code.
 *
 * @param method {@link #SHARE_MET} (met ÷ applicable × 100) or {@link #WEIGHTED} (every indicator
 *     carries a {@code weight})
 * @param noteZh why this method, in the words shown to users
 * @param noteEn the same in English
 */
public record ScoreMethod(String method, String noteZh, String noteEn) {

    /** Score = indicators met ÷ indicators applicable × 100. */
    public static final String SHARE_MET = "SHARE_MET";

    /** Score = sum of the weights of the indicators met ÷ sum of the weights of those applicable × 100. */
    public static final String WEIGHTED = "WEIGHTED";
}
