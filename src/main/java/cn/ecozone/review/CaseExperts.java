package cn.ecozone.review;

import cn.ecozone.region.RegionManagement;
import cn.ecozone.review.internal.ConflictRules;
import cn.ecozone.review.internal.ExpertEntity;
import cn.ecozone.review.internal.ExpertRows;
import cn.ecozone.review.internal.Experts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert pool as another module's review reads it (issue 13 §5, typical cases): the experts of the
 * province pool that covers a region, each with the automatic conflicts the recusal rules find with
 * that region ({@link ConflictRules}: organization in the region, recent employment, part in its plan,
 * a declared tie), and the expert behind an EXPERT account. Read-only; the caller decides whom to
 * appoint and refuses a conflicted or removed expert. Names are for the office only, never the public.
 */
@Service
@Transactional(readOnly = true)
public class CaseExperts {

    private final Experts experts;
    private final ExpertRows rows;
    private final RegionManagement regions;

    CaseExperts(Experts experts, ExpertRows rows, RegionManagement regions) {
        this.experts = experts;
        this.rows = rows;
        this.regions = regions;
    }

    /**
     * An expert of the pool as the reviewing office sees it.
     *
     * @param conflicts the automatic conflict types with the region ({@code REGION}, {@code EMPLOYMENT},
     *     {@code PLAN}, {@code TIE}); empty when none
     * @param eligible whether the office may appoint the expert for the region
     * @param userId the expert's EXPERT account, or {@code null} when it has none (it cannot score then)
     */
    public record Candidate(
            long id,
            String name,
            String organization,
            List<String> fields,
            Long userId,
            boolean removed,
            List<String> conflicts,
            boolean eligible) {

        /** A candidate; eligible when in the pool, not removed, without conflict and with an account. */
        static Candidate of(
                long id,
                String name,
                String organization,
                List<String> fields,
                Long userId,
                boolean removed,
                List<String> conflicts) {
            return new Candidate(
                    id,
                    name,
                    organization,
                    fields,
                    userId,
                    removed,
                    conflicts,
                    !removed && conflicts.isEmpty() && userId != null);
        }
    }

    /**
     * The experts of the province pool of {@code regionCode}'s province with their conflicts with that
     * region as of {@code today}; five statements whatever the pool's size.
     *
     * @param lookBackYears how far back employment by the region's government counts
     */
    public List<Candidate> candidates(String regionCode, int lookBackYears, LocalDate today) {
        String path = regions.require(regionCode).path();
        String province = path.substring(0, path.indexOf('/', 1) + 1);
        List<ExpertEntity> pool = experts.pool(province);
        Map<Long, ConflictRules.ExpertRecord> records = rows.records(pool);
        ConflictRules.Applicant applicant = new ConflictRules.Applicant(regionCode, path);
        return pool.stream()
                .map(e -> Candidate.of(
                        e.id(),
                        e.name(),
                        e.organization(),
                        e.fields(),
                        e.userId(),
                        e.removed(),
                        ConflictRules.find(records.get(e.id()), applicant, lookBackYears, today).stream()
                                .map(ConflictRules.Found::type)
                                .distinct()
                                .toList()))
                .toList();
    }

    /** The expert behind an EXPERT account, if the account is in a pool. */
    public Optional<Long> expertOfUser(long userId) {
        return experts.findByUserId(userId).map(ExpertEntity::id);
    }
}
