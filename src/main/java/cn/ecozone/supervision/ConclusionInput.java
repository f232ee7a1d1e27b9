package cn.ecozone.supervision;

/**
 * The conclusion the province records (IM eco-civ art. 19; Guizhou art. 23, art. 24(7)).
 *
 * @param problemsFound required: whether problems were found that need rectification
 * @param falsificationFound whether falsification (弄虚作假) was found; false when absent
 * @param rectificationWorkingDays the rectification period when problems were found, 1 to 250 working
 *     days; absent: the regulation's suggested period
 * @param textZh required: the conclusion, findings and feedback, at most 4,000 characters
 * @param version the check's version as read
 */
public record ConclusionInput(
        Boolean problemsFound,
        Boolean falsificationFound,
        Integer rectificationWorkingDays,
        String textZh,
        Long version) {}
