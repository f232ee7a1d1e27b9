package cn.ecozone.project.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface KeyProjectChanges extends JpaRepository<KeyProjectChangeEntity, Long> {

    @Query("select c from KeyProjectChangeEntity c where c.projectId = :id order by c.changedAt desc, c.id desc")
    List<KeyProjectChangeEntity> of(@Param("id") long projectId);

    @Modifying
    @Query("delete from KeyProjectChangeEntity c where c.projectId = :id")
    void deleteOf(@Param("id") long projectId);
}
