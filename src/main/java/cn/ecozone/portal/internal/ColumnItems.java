package cn.ecozone.portal.internal;

import cn.ecozone.portal.ColumnItemState;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ColumnItems extends JpaRepository<ColumnItemEntity, Long> {

    /** The columns with published items, most recently published first; one statement. */
    @Query("select new cn.ecozone.portal.internal.ColumnCount(i.regionCode, i.programme, count(i),"
            + " max(i.publishedAt)) from ColumnItemEntity i where i.state = cn.ecozone.portal.ColumnItemState.PUBLISHED"
            + " group by i.regionCode, i.programme order by max(i.publishedAt) desc, i.regionCode, i.programme")
    List<ColumnCount> columns(Pageable page);

    /** A page of the published items of a region's column for a programme, newest first (ties by id). */
    @Query(
            value = "select i from ColumnItemEntity i where i.regionCode = :region and i.programme = :programme"
                    + " and i.state = cn.ecozone.portal.ColumnItemState.PUBLISHED"
                    + " order by i.publishedAt desc, i.id desc",
            countQuery = "select count(i) from ColumnItemEntity i where i.regionCode = :region"
                    + " and i.programme = :programme and i.state = cn.ecozone.portal.ColumnItemState.PUBLISHED")
    Page<ColumnItemEntity> published(
            @Param("region") String regionCode, @Param("programme") String programme, Pageable page);

    /** A page of a region's items for a programme in every state but withdrawn, newest drafted first. */
    @Query(
            value = "select i from ColumnItemEntity i where i.regionCode = :region and i.programme = :programme"
                    + " and i.state <> cn.ecozone.portal.ColumnItemState.WITHDRAWN"
                    + " order by i.draftedAt desc, i.id desc",
            countQuery = "select count(i) from ColumnItemEntity i where i.regionCode = :region"
                    + " and i.programme = :programme and i.state <> cn.ecozone.portal.ColumnItemState.WITHDRAWN")
    Page<ColumnItemEntity> own(@Param("region") String regionCode, @Param("programme") String programme, Pageable page);

    /**
     * As {@link #own}, and of a state and a kind if given, drafted in {@code [from, to)}, whose lower-cased
     * title matches {@code text} (a LIKE pattern, escaped), in the pageable's order (issue 14 §6): the page
     * and its count.
     */
    @Query("""
            select i from ColumnItemEntity i where i.regionCode = :region and i.programme = :programme
              and i.state <> cn.ecozone.portal.ColumnItemState.WITHDRAWN
              and (:state is null or i.state = :state)
              and (:kind is null or i.kind = :kind)
              and i.draftedAt >= :from and i.draftedAt < :to
              and lower(i.title) like :text escape '\\'""")
    Page<ColumnItemEntity> ownFiltered(
            @Param("region") String regionCode,
            @Param("programme") String programme,
            @Param("state") ColumnItemState state,
            @Param("kind") String kind,
            @Param("from") java.time.Instant from,
            @Param("to") java.time.Instant to,
            @Param("text") String text,
            Pageable page);

    /**
     * A page of the submitted items an approver may approve (the rule of {@code ColumnApprovers}): in the
     * approver's data scope, not their own, and either of their organization ({@code colleague}), or of a
     * region below theirs ({@code superior}), or of another organization of their own region ({@code
     * government}); oldest first.
     */
    @Query(
            value = "select i from ColumnItemEntity i where i.state = :pending and i.regionPath like :scope"
                    + " and i.draftedById <> :me and ((:colleague = true and i.organizationId = :org)"
                    + " or (:superior = true and i.regionCode <> :region)"
                    + " or (:government = true and i.regionCode = :region and i.organizationId <> :org))"
                    + " order by i.draftedAt, i.id",
            countQuery = "select count(i) from ColumnItemEntity i where i.state = :pending and i.regionPath like :scope"
                    + " and i.draftedById <> :me and ((:colleague = true and i.organizationId = :org)"
                    + " or (:superior = true and i.regionCode <> :region)"
                    + " or (:government = true and i.regionCode = :region and i.organizationId <> :org))")
    Page<ColumnItemEntity> awaiting(
            @Param("pending") ColumnItemState pending,
            @Param("scope") String scope,
            @Param("me") long userId,
            @Param("org") long organizationId,
            @Param("region") String regionCode,
            @Param("colleague") boolean colleague,
            @Param("superior") boolean superior,
            @Param("government") boolean government,
            Pageable page);

    /** The item if it lies in the scope (a bound {@code region_path like :scope}); empty otherwise. */
    @Query("select i from ColumnItemEntity i where i.id = :id and i.regionPath like :scope")
    Optional<ColumnItemEntity> inScope(@Param("id") long id, @Param("scope") String scope);

    /** The item, locked for a step (two approvers at once: one waits, then sees the new state). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from ColumnItemEntity i where i.id = :id")
    Optional<ColumnItemEntity> locked(@Param("id") long id);
}
