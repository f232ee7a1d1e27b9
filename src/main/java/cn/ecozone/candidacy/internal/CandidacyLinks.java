package cn.ecozone.candidacy.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CandidacyLinks extends JpaRepository<CandidacyLinkEntity, Long> {

    @Query("select l from CandidacyLinkEntity l where l.candidacyId = :id order by l.linkedAt, l.id")
    List<CandidacyLinkEntity> of(@Param("id") long candidacyId);

    @Query("""
            select count(l) > 0 from CandidacyLinkEntity l
            where l.candidacyId = :id and l.kind = :kind and l.recordId = :record
            """)
    boolean exists(@Param("id") long candidacyId, @Param("kind") String kind, @Param("record") long recordId);
}
