package cn.ecozone.dossier.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Claims a dossier for an act on its run: of two users acting on the same version at once, one wins and
 * the other is refused as stale (409), decided by the database rather than by a check in Java.
 */
@Component
public class DossierClaims {

    @PersistenceContext
    private EntityManager em;

    /**
     * The dossier, its row locked until the transaction ends, read after the lock (so a concurrent act
     * that committed first is seen). Precondition: a transaction is active.
     */
    public Optional<DossierEntity> lock(long id) {
        return Optional.ofNullable(em.find(DossierEntity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Moves the locked dossier's version on, whether or not its columns change: an act changes its run,
     * so the version the actor read is stale for anyone else. Precondition: {@link #lock} in this
     * transaction.
     */
    public void claim(DossierEntity d) {
        em.lock(d, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
}
