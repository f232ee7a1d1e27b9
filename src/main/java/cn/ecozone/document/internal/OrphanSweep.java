package cn.ecozone.document.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes what a crash leaves in the file store: a temporary {@code upload-*.tmp} file (the process
 * died while receiving), and a stored file that no {@code document} row names (it died between
 * moving the file into place and committing the row). Only files older than
 * {@code ecozone.files.orphan-grace} are touched, so an upload in progress, whose row has not
 * committed yet, is never taken; a stored file is removed only under its hash's lock when no committed
 * row names it ({@link FilePlacement#removeUnnamed}), and a re-upload of its bytes replaces it with a
 * fresh time. Runs at start-up and then every hour; safe with several instances on
 * one store (deleting is idempotent).
 */
@Component
public class OrphanSweep {

    private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);

    private final StoredFiles store;
    private final FilePlacement placement;
    private final Duration grace;

    OrphanSweep(StoredFiles store, FilePlacement placement, @Value("${ecozone.files.orphan-grace:1h}") Duration grace) {
        this.store = store;
        this.placement = placement;
        this.grace = grace;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        sweep();
    }

    @Scheduled(fixedDelayString = "${ecozone.files.orphan-sweep-every:1h}", initialDelayString = "1h")
    void periodically() {
        sweep();
    }

    /**
     * One sweep: the temporary files of the work folder, then the stored files of the store (a folder or
     * a bucket, listed as it is read).
     *
     * @return how many files were removed
     */
    public int sweep() {
        // file times are the system's (or the object store's), so is the cutoff (not the application clock)
        Instant cutoff = Instant.now().minus(grace);
        AtomicInteger removed = new AtomicInteger();
        Path work = store.workDir();
        if (Files.isDirectory(work)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(work, "upload-*.tmp")) {
                for (Path file : entries) {
                    if (Files.isRegularFile(file)
                            && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)
                            && Files.deleteIfExists(file)) {
                        removed.incrementAndGet();
                    }
                }
            } catch (IOException e) {
                log.warn("Sweep of temporary files stopped: {}", e.getMessage());
            }
        }
        try {
            // a stored file is removed under its hash's lock (FilePlacement), never while a row naming it commits
            store.forEachOlderThan(cutoff, sha256 -> {
                if (placement.removeUnnamed(sha256)) {
                    removed.incrementAndGet();
                }
            });
        } catch (IOException e) {
            log.warn("File store sweep stopped: {}", e.getMessage());
        }
        if (removed.get() > 0) {
            log.warn("Removed {} file(s) without a document row from the file store", removed.get());
        }
        return removed.get();
    }
}
