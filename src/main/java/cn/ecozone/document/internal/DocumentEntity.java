package cn.ecozone.document.internal;

import cn.ecozone.document.DocumentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "document")
public class DocumentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type")
    private DocumentType type;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    /** Pixels, for images (read while decoding the upload); null for other types. */
    private Integer width;

    private Integer height;

    protected DocumentEntity() {}

    public DocumentEntity(
            String name,
            DocumentType type,
            long size,
            String sha256,
            String uploadedBy,
            Instant uploadedAt,
            Integer width,
            Integer height) {
        this.name = name;
        this.width = width;
        this.height = height;
        this.type = type;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public DocumentType type() {
        return type;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public Integer width() {
        return width;
    }

    public Integer height() {
        return height;
    }
}
