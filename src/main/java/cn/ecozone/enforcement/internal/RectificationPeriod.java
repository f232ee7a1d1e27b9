package cn.ecozone.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A rectification's period as stored with it: N working days from the day of the order (限定期, Guizhou
 * art. 23; a suggestion marked uncertain or silent carries its note), and the registered deadline's due
 * date with how it was counted. After a return with reason the due date is the new deadline's.
 */
@Embeddable
public class RectificationPeriod {

    @Column(name = "working_days")
    private int workingDays;

    /** The article and note of the period (限定期, a suggestion marked uncertain or silent). */
    @Column(name = "period_article")
    private String periodArticle;

    @Column(name = "period_note")
    private String periodNote;

    @Column(name = "ordered_on")
    private LocalDate orderedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "due_explanation")
    private String dueExplanation;

    protected RectificationPeriod() {}

    RectificationPeriod(int workingDays, String periodArticle, String periodNote, LocalDate orderedOn) {
        this.workingDays = workingDays;
        this.periodArticle = periodArticle;
        this.periodNote = periodNote;
        this.orderedOn = orderedOn;
    }

    /** The registered deadline's due date and its explanation (one sentence per line). */
    void due(LocalDate dueOn, String explanation) {
        this.dueOn = dueOn;
        this.dueExplanation = explanation;
    }

    public int workingDays() {
        return workingDays;
    }

    public String periodArticle() {
        return periodArticle;
    }

    public String periodNote() {
        return periodNote;
    }

    public LocalDate orderedOn() {
        return orderedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String dueExplanation() {
        return dueExplanation;
    }
}
