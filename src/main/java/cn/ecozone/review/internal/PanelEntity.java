package cn.ecozone.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A panel for a round's dossiers at one step (the first, or a supplementary one for dossiers that
 * arrived later or came back after a return; each covers a dossier for one opening of the step): the draw's parameters, seed, algorithm and eligible
 * experts (ascending ids), so that anyone can re-run it. Open until province staff close it; a closed
 * panel's scores are locked.
 */
@Entity
@Table(name = "review_panel")
public class PanelEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "step_code")
    private String stepCode;

    /** 1 for the round's first panel at the step, then each supplementary draw (补充评审组) the next. */
    @Column(name = "draw_no")
    private int drawNo;

    @Column(name = "regulation_code")
    private String regulationCode;

    @Column(name = "regulation_version")
    private int regulationVersion;

    @Column(name = "pool_region_path")
    private String poolRegionPath;

    private String field;
    private int size;
    private int alternates;
    private long seed;
    private String algorithm;
    private String eligible;
    private String state;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected PanelEntity() {}

    /** Preconditions: the façade checked the round, the step and the draw's parameters. */
    public PanelEntity(
            long roundId,
            String stepCode,
            int drawNo,
            String regulationCode,
            int regulationVersion,
            String poolRegionPath,
            String field,
            PanelDraw.Draw draw,
            String createdBy,
            Instant now) {
        this.roundId = roundId;
        this.stepCode = stepCode;
        this.drawNo = drawNo;
        this.regulationCode = regulationCode;
        this.regulationVersion = regulationVersion;
        this.poolRegionPath = poolRegionPath;
        this.field = field;
        this.size = draw.size();
        this.alternates = draw.alternates();
        this.seed = draw.seed();
        this.algorithm = draw.algorithm();
        this.eligible =
                String.join(",", draw.eligible().stream().map(String::valueOf).toList());
        this.state = "OPEN";
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Refuses any change of scores or members once closed. */
    public void requireOpen() {
        if (closed()) {
            throw new cn.ecozone.review.ReviewFacts.PanelClosed();
        }
    }

    /** Closes the panel and locks its scores. Precondition: the caller holds the row lock and checked completeness. */
    public PanelEntity close(String by, Instant now) {
        requireOpen();
        this.state = "CLOSED";
        this.closedBy = by;
        this.closedAt = now;
        return this;
    }

    public boolean closed() {
        return "CLOSED".equals(state);
    }

    public Long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public String stepCode() {
        return stepCode;
    }

    public int drawNo() {
        return drawNo;
    }

    public String regulationCode() {
        return regulationCode;
    }

    public int regulationVersion() {
        return regulationVersion;
    }

    public String poolRegionPath() {
        return poolRegionPath;
    }

    public String field() {
        return field;
    }

    public int size() {
        return size;
    }

    public int alternates() {
        return alternates;
    }

    public long seed() {
        return seed;
    }

    public String algorithm() {
        return algorithm;
    }

    public List<Long> eligible() {
        return eligible.isEmpty()
                ? List.of()
                : Arrays.stream(eligible.split(",")).map(Long::valueOf).toList();
    }

    public String state() {
        return state;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }
}
