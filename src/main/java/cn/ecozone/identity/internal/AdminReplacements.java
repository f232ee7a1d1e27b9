package cn.ecozone.identity.internal;

import cn.ecozone.shared.Role;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AdminReplacements extends JpaRepository<AdminReplacementEntity, Long> {

    /**
     * A page of the proposals in one of {@code states} replacing an account of one of {@code roles},
     * whose replaced account's username, successor's username or name, proposer or reason matches
     * {@code text} (a lower-cased LIKE pattern, escape {@code \}; {@code %} for all). The order is the
     * request's. One statement for the page and one for its count.
     */
    @Query("select r from AdminReplacementEntity r where r.state in :states and r.targetRole in :roles"
            + " and (:text = '%' or lower(r.newUsername) like :text escape '\\'"
            + " or lower(r.newDisplayName) like :text escape '\\'"
            + " or lower(r.proposedBy) like :text escape '\\'"
            + " or lower(r.reason) like :text escape '\\'"
            + " or exists (select u.id from UserEntity u where u.id = r.targetUserId"
            + " and lower(u.username) like :text escape '\\'))")
    Page<AdminReplacementEntity> search(
            @Param("states") Collection<AdminReplacementEntity.State> states,
            @Param("roles") Collection<Role> roles,
            @Param("text") String text,
            Pageable page);

    /** Locks the proposal, so that two decisions at the same moment are taken one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from AdminReplacementEntity r where r.id = :id")
    Optional<AdminReplacementEntity> findForDecision(@Param("id") long id);
}
