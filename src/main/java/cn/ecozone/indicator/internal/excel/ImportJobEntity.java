package cn.ecozone.indicator.internal.excel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One Excel import of indicator values. The instance that received the file runs it; its state is
 * kept in this table so that any instance can report it. Progress counters are written by the
 * running instance with bulk updates ({@link ImportJobs}); the end states are set here.
 */
@Entity
@Table(name = "indicator_import_job")
public class ImportJobEntity {

    /** Where a job stands. */
    public enum State {
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    /** What a running job is doing. */
    public enum Phase {
        QUEUED,
        READING,
        VALIDATING,
        SAVING,
        DONE
    }

    @Id
    private String id;

    @Column(name = "edition_code")
    private String editionCode;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_by_name")
    private String createdByName;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_size")
    private long fileSize;

    @Column(name = "file_sha256")
    private String fileSha256;

    /** The instance that runs the job ({@code ecozone.instance.id}). */
    @Column(name = "instance_id")
    private String instanceId;

    @Enumerated(EnumType.STRING)
    private State state;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    @Column(name = "total_rows")
    private Integer totalRows;

    @Column(name = "processed_rows")
    private int processedRows;

    @Column(name = "written_rows")
    private int writtenRows;

    private int saved;
    private int unchanged;

    @Column(name = "error_count")
    private int errorCount;

    @Column(name = "message_key")
    private String messageKey;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected ImportJobEntity() {}

    /** A queued job for a file that passed the content check. */
    public ImportJobEntity(
            String id,
            String editionCode,
            long createdBy,
            String createdByName,
            String regionCode,
            String fileName,
            long fileSize,
            String fileSha256,
            String instanceId,
            Instant now) {
        this.instanceId = instanceId;
        this.id = id;
        this.editionCode = editionCode;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.regionCode = regionCode;
        this.fileName = fileName;
        this.fileSize = fileSize;
        this.fileSha256 = fileSha256;
        this.state = State.RUNNING;
        this.phase = Phase.QUEUED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String editionCode() {
        return editionCode;
    }

    public long createdBy() {
        return createdBy;
    }

    public String createdByName() {
        return createdByName;
    }

    public String regionCode() {
        return regionCode;
    }

    public String fileName() {
        return fileName;
    }

    public long fileSize() {
        return fileSize;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public String instanceId() {
        return instanceId;
    }

    public State state() {
        return state;
    }

    public Phase phase() {
        return phase;
    }

    public Integer totalRows() {
        return totalRows;
    }

    public int processedRows() {
        return processedRows;
    }

    public int writtenRows() {
        return writtenRows;
    }

    public int saved() {
        return saved;
    }

    public int unchanged() {
        return unchanged;
    }

    public int errorCount() {
        return errorCount;
    }

    public String messageKey() {
        return messageKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
