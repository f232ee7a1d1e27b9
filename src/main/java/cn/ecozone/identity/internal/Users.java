package cn.ecozone.identity.internal;

import cn.ecozone.shared.Role;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
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
     * Users whose organization lies in the scope and under the region filter (both bound path
     * patterns), by username. {@code text} is a bound LIKE pattern; with {@code anyRole}, {@code
     * anyStatus} or {@code anyOrganization} true the role, the enabled flag or the organization is
     * ignored; an organization filter takes the organization and every organization below it at any
     * depth, found by the statement itself (a recursive query, as {@link Organizations#withDescendants}),
     * so the statement and its parameters stay the same however many organizations lie below. The page
     * request must carry no sort: the statement orders.
     */
    @Query(
            nativeQuery = true,
            value = BELOW + "select u.*" + SEARCH + " order by u.username",
            countQuery = BELOW + "select count(*)" + SEARCH)
    Page<UserEntity> search(
            @Param("scope") String scopePattern,
            @Param("filter") String regionFilter,
            @Param("text") String text,
            @Param("anyRole") boolean anyRole,
            @Param("role") String role,
            @Param("anyStatus") boolean anyStatus,
            @Param("enabled") boolean enabled,
            @Param("anyOrganization") boolean anyOrganization,
            @Param("organization") long organizationId,
            Pageable page);

    /**
     * The filter's organization and those below it ({@code union} keeps it finite even if the parent
     * links ever formed a cycle).
     */
    String BELOW = "with recursive below(id) as (select id from organization where id = :organization"
            + " union select c.id from organization c join below b on c.parent_id = b.id) ";

    /** The tables and conditions of {@link #search}. */
    String SEARCH = " from user_account u join organization o on o.id = u.organization_id"
            + " where o.region_path like :scope and o.region_path like :filter"
            + " and (lower(u.username) like :text escape '\\' or lower(u.display_name) like :text escape '\\')"
            + " and (:anyRole = true or u.role = :role)"
            + " and (:anyStatus = true or u.enabled = :enabled)"
            + " and (:anyOrganization = true or o.id in (select id from below))";

    /** The enabled accounts holding one of the roles, by username (administrator replacement candidates). */
    List<UserEntity> findByRoleInAndEnabledTrueOrderByUsername(Collection<Role> roles);

    /** The enabled users of the role whose organization sits exactly at the region. */
    @Query("select u from UserEntity u, OrganizationEntity o where o.id = u.organizationId"
            + " and o.regionCode = :regionCode and u.role = :role and u.enabled = true order by u.id")
    List<UserEntity> findEnabled(@Param("role") Role role, @Param("regionCode") String regionCode);

    /**
     * The enabled users of the role whose organization sits exactly at the region, narrowed to one
     * organization and to one user when those are given (the assignees of a procedure task).
     */
    @Query("select u from UserEntity u, OrganizationEntity o where o.id = u.organizationId"
            + " and o.regionCode = :regionCode and u.role = :role and u.enabled = true"
            + " and (:anyOrganization = true or u.organizationId = :organizationId)"
            + " and (:anyUser = true or u.id = :userId) order by u.id")
    List<UserEntity> findEnabled(
            @Param("role") Role role,
            @Param("regionCode") String regionCode,
            @Param("anyOrganization") boolean anyOrganization,
            @Param("organizationId") long organizationId,
            @Param("anyUser") boolean anyUser,
            @Param("userId") long userId);

    /** The enabled user with the id, if any. */
    Optional<UserEntity> findByIdAndEnabledTrue(long id);

    /** Of the usernames, those already taken (an import's check, in one statement). */
    @Query("select u.username from UserEntity u where u.username in :usernames")
    List<String> takenUsernames(@Param("usernames") Collection<String> usernames);
}
