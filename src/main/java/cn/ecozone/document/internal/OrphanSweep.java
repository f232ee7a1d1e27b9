package cn.ecozone.document.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

    private final FileStore files;
    private final FilePlacement placement;
    private final Duration grace;

    OrphanSweep(FileStore files, FilePlacement placement, @Value("${ecozone.files.orphan-grace:1h}") Duration grace) {
        this.files = files;
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
     * One sweep.
     *
     * @return how many files were removed
     */
    public int sweep() {
        Path root = files.root();
        if (!Files.isDirectory(root)) {
            return 0;
        }
        // file times are the system's, so is the cutoff (not the application clock)
        Instant cutoff = Instant.now().minus(grace);
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path file : entries) {
                String name = file.getFileName().toString();
                boolean temporary = name.startsWith("upload-") && name.endsWith(".tmp");
                boolean stored = name.matches("[0-9a-f]{64}");
                if ((temporary || stored)
                        && Files.isRegularFile(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)
                        // a stored file is removed under its hash's lock (FilePlacement), never while a row naming it
                        // commits
                        && (temporary ? Files.deleteIfExists(file) : placement.removeUnnamed(file))) {
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("File store sweep stopped: {}", e.getMessage());
        }
        if (removed > 0) {
            log.warn("Removed {} file(s) without a document row from the file store {}", removed, root);
        }
        return removed;
    }
}
