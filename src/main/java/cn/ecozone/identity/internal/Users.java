package cn.ecozone.identity.internal;

import cn.ecozone.shared.Role;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Users extends JpaRepository<UserEntity, Long> {

    Optional<UserEntity> findByUsername(String username);

    /** Locks the row so that concurrent failed logins count correctly. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserEntity u where u.username = :username")
    Optional<UserEntity> findForLogin(@Param("username") String username);

    boolean existsByUsername(String username);

    /** The account's session stamp if it exists and is enabled: the per-request session check. */
    @Query("select u.sessionStamp from UserEntity u where u.id = :id and u.enabled = true")
    Optional<Long> findSessionStamp(@Param("id") long id);

    /**
     * Users whose organization lies in the scope. {@code text} is a bound LIKE pattern; with
     * {@code anyRole} true the role parameter is ignored.
     */
    @Query(
            value = "select u from UserEntity u, OrganizationEntity o where o.id = u.organizationId"
                    + " and o.regionPath like :scope"
                    + " and (lower(u.username) like :text escape '\\' or lower(u.displayName) like :text escape '\\')"
                    + " and (:anyRole = true or u.role = :role)",
            countQuery = "select count(u) from UserEntity u, OrganizationEntity o where o.id = u.organizationId"
                    + " and o.regionPath like :scope"
                    + " and (lower(u.username) like :text escape '\\' or lower(u.displayName) like :text escape '\\')"
                    + " and (:anyRole = true or u.role = :role)")
    Page<UserEntity> search(
            @Param("scope") String scopePattern,
            @Param("text") String text,
            @Param("anyRole") boolean anyRole,
            @Param("role") Role role,
            Pageable page);

    /** The enabled accounts holding one of the roles, by username (administrator replacement candidates). */
    java.util.List<UserEntity> findByRoleInAndEnabledTrueOrderByUsername(java.util.Collection<Role> roles);

    /** The enabled users of the role whose organization sits exactly at the region. */
    @Query("select u from UserEntity u, OrganizationEntity o where o.id = u.organizationId"
            + " and o.regionCode = :regionCode and u.role = :role and u.enabled = true order by u.id")
    java.util.List<UserEntity> findEnabled(@Param("role") Role role, @Param("regionCode") String regionCode);

    /**
     * The enabled users of the role whose organization sits exactly at the region, narrowed to one
     * organization and to one user when those are given (the assignees of a procedure task).
     */
    @Query("select u from UserEntity u, OrganizationEntity o where o.id = u.organizationId"
            + " and o.regionCode = :regionCode and u.role = :role and u.enabled = true"
            + " and (:anyOrganization = true or u.organizationId = :organizationId)"
            + " and (:anyUser = true or u.id = :userId) order by u.id")
    java.util.List<UserEntity> findEnabled(
            @Param("role") Role role,
            @Param("regionCode") String regionCode,
            @Param("anyOrganization") boolean anyOrganization,
            @Param("organizationId") long organizationId,
            @Param("anyUser") boolean anyUser,
            @Param("userId") long userId);

    /** The enabled user with the id, if any. */
    Optional<UserEntity> findByIdAndEnabledTrue(long id);
}
