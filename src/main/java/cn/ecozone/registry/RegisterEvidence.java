package cn.ecozone.registry;

import cn.ecozone.registry.internal.RegisterEntries;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confirmed register records as evidence after the title (issue 13 §3, Guizhou art. 24): the
 * enforcement module reads a titled subject's records to judge its conditions. No data scope is
 * applied: the caller acts as the platform (a listener or a job) and shows the records only to
 * readers whose scope holds the subject.
 */
@Service
@Transactional(readOnly = true)
public class RegisterEvidence {

    private final RegisterEntries entries;

    RegisterEvidence(RegisterEntries entries) {
        this.entries = entries;
    }

    /**
     * The confirmed records of the region with path {@code regionPath} and of every region within it
     * whose date lies in {@code [from, to]}, the earliest first: two statements.
     */
    public List<RegisterEntry> confirmed(String regionPath, LocalDate from, LocalDate to) {
        return entries.confirmedWithin(regionPath, from, to);
    }
}
