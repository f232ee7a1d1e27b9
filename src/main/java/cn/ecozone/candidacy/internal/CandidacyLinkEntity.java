package cn.ecozone.candidacy.internal;

import cn.ecozone.candidacy.CandidacyView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A record of another module that a candidacy links: kind ({@code PLAN}, {@code DOSSIER}, later the title) and id. */
@Entity
@Table(name = "candidacy_link")
public class CandidacyLinkEntity {

    public static final String PLAN = "PLAN";

    /** An application dossier (module {@code dossier}). */
    public static final String DOSSIER = "DOSSIER";

    /** The title a naming gave (module {@code title}). */
    public static final String TITLE = "TITLE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidacy_id")
    private Long candidacyId;

    private String kind;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "linked_at")
    private Instant linkedAt;

    protected CandidacyLinkEntity() {}

    public CandidacyLinkEntity(long candidacyId, String kind, long recordId, Instant linkedAt) {
        this.candidacyId = candidacyId;
        this.kind = kind;
        this.recordId = recordId;
        this.linkedAt = linkedAt;
    }

    public CandidacyView.Link view() {
        return new CandidacyView.Link(kind, recordId, linkedAt);
    }
}
