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

/** An expert of a province's pool (GZ art. 25). A removed expert stays on record and is never drawn. */
@Entity
@Table(name = "review_expert")
public class ExpertEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pool_region_code")
    private String poolRegionCode;

    @Column(name = "pool_region_path")
    private String poolRegionPath;

    private String name;
    private String fields;
    private String organization;

    @Column(name = "org_region_code")
    private String orgRegionCode;

    @Column(name = "org_region_path")
    private String orgRegionPath;

    private String title;
    private String contact;

    @Column(name = "user_id")
    private Long userId;

    private boolean removed;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ExpertEntity() {}

    /** Preconditions: the façade checked the input and that the pool's province is the actor's. */
    public ExpertEntity(String poolRegionCode, String poolRegionPath, Details d, Instant now) {
        this.poolRegionCode = poolRegionCode;
        this.poolRegionPath = poolRegionPath;
        this.createdAt = now;
        apply(d, now);
    }

    /** What staff may change of an expert. */
    public record Details(
            String name,
            List<String> fields,
            String organization,
            String orgRegionCode,
            String orgRegionPath,
            String title,
            String contact,
            Long userId) {}

    /** Changes the expert's details; refused for a removed expert. */
    public ExpertEntity change(Details d, Instant now) {
        if (removed) {
            throw new cn.ecozone.review.ReviewFacts.ExpertRemoved();
        }
        apply(d, now);
        return this;
    }

    /** Removes the expert from the pool (an integrity record says why); nothing draws it again. */
    public ExpertEntity remove(Instant now) {
        if (removed) {
            throw new cn.ecozone.review.ReviewFacts.ExpertRemoved();
        }
        this.removed = true;
        this.updatedAt = now;
        return this;
    }

    private void apply(Details d, Instant now) {
        this.name = d.name();
        this.fields = String.join("|", d.fields());
        this.organization = d.organization();
        this.orgRegionCode = d.orgRegionCode();
        this.orgRegionPath = d.orgRegionPath();
        this.title = d.title();
        this.contact = d.contact();
        this.userId = d.userId();
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String poolRegionCode() {
        return poolRegionCode;
    }

    public String poolRegionPath() {
        return poolRegionPath;
    }

    public String name() {
        return name;
    }

    public List<String> fields() {
        return fields.isEmpty() ? List.of() : Arrays.asList(fields.split("\\|"));
    }

    public String organization() {
        return organization;
    }

    public String orgRegionCode() {
        return orgRegionCode;
    }

    public String orgRegionPath() {
        return orgRegionPath;
    }

    public String title() {
        return title;
    }

    public String contact() {
        return contact;
    }

    public Long userId() {
        return userId;
    }

    public boolean removed() {
        return removed;
    }

    public long version() {
        return version;
    }
}
