package cn.ecozone.title.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Receipts extends JpaRepository<ReceiptEntity, Long> {

    /** The dossier's latest receipt (earlier ones were recorded for earlier openings of the step). */
    Optional<ReceiptEntity> findFirstByDossierIdOrderByIdDesc(long dossierId);

    /** The receipts of the dossiers, the latest first: one statement for a page. */
    List<ReceiptEntity> findByDossierIdInOrderByIdDesc(Collection<Long> dossierIds);

    /** The (run, opening) pairs among {@code runIds} with a receipt: one statement for any number of runs. */
    @Query("select r.runId, r.opening from ReceiptEntity r where r.runId in :runs")
    List<Object[]> openingsOf(@Param("runs") Collection<Long> runIds);
}
