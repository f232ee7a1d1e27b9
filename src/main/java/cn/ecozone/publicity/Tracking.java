package cn.ecozone.publicity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the tracking page shows of a complaint, to anyone holding its number: its state and, once
 * recorded, the finding's category; nothing else (no text, no names, no candidacy).
 */
public record Tracking(
        String trackingNumber,
        ComplaintState state,
        @Nullable Finding finding,
        LocalDate receivedOn) {}
