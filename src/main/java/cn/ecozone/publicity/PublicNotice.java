package cn.ecozone.publicity;

import cn.ecozone.regulation.Programme;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A published notice as the public reads it: nothing of the dossiers beyond the region and subject
 * names, and nothing of complaints.
 */
public record PublicNotice(
        long id,
        String title,
        Programme programme,
        String issuerName,
        @Nullable String documentNumber,
        LocalDate publishedOn,
        LocalDate endsOn,
        int workingDays,
        boolean minimum,
        List<String> explanation,
        String wherePublished,
        String howToComplain,
        @Nullable String correction,
        boolean open,
        @Nullable String article,
        @Nullable String uncertainNote,
        List<Listed> listed) {

    /** A listed candidacy: the id to name it in a complaint, its region and subject. */
    public record Listed(long dossierId, String regionCode, String regionName, String subjectName) {}
}
