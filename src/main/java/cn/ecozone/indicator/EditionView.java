package cn.ecozone.indicator;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An edition as the editor shows it: its header, its state and every indicator with the full target
 * spec. {@code mayEdit} tells the UI whether this actor may change it (a draft of the actor's own
 * province department), so the UI never guesses.
 *
 * @param status {@code DRAFT} or {@code PUBLISHED}
 * @param version the optimistic-lock version every change of the draft must send back
 * @param ownerRegionCode the province whose department edits the draft; null for shipped editions
 */
@NamedInterface("editions")
public record EditionView(
        EditionHeader header,
        String status,
        long version,
        boolean shipped,
        @Nullable String ownerRegionCode,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable Instant publishedAt,
        @Nullable String publishedBy,
        boolean mayEdit,
        List<IndicatorInput> indicators) {}
