package cn.ecozone.reward;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.shared.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reward's document (the reward decision, a scan or an official text): an upload is checked with no
 * transaction open and attached in a short one (ADR 0016, 0021); the reward's rules are checked before
 * its bytes are stored and again when it is attached. Never removed; a replacement names its reason.
 */
@Service
public class RewardDocuments {

    static final Set<DocumentType> ALLOWED = Set.of(
            DocumentType.PDF,
            DocumentType.OFD,
            DocumentType.DOCX,
            DocumentType.DOC,
            DocumentType.WPS,
            DocumentType.JPEG,
            DocumentType.PNG);

    private final RewardManagement rewards;
    private final DocumentManagement documents;

    RewardDocuments(RewardManagement rewards, DocumentManagement documents) {
        this.rewards = rewards;
        this.documents = documents;
    }

    /** Stores the file and attaches it. Preconditions: no transaction is open (enforced). */
    @Transactional(propagation = Propagation.NEVER)
    public RewardView attach(long id, Upload upload, Long version, String reason, Actor actor) {
        rewards.requireAttachable(id, version, actor);
        return documents.store(upload, ALLOWED, actor, stored -> rewards.attach(id, stored, version, reason, actor));
    }

    /** The attached document of a reward the actor sees. */
    public StoredDocument document(long id, Actor actor) {
        return rewards.document(id, actor);
    }

    /** The bytes of a document found by {@link #document} (the read is audited). */
    public InputStream open(StoredDocument document) throws IOException {
        return documents.open(document.id());
    }
}
