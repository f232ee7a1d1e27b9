package cn.ecozone.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where the checked files are kept, named by their SHA-256 (issue 15 §2, ADR 0054): the file system
 * ({@link FileSystemFiles}, the default) or an S3-compatible object store ({@link S3Files}),
 * chosen by {@code ecozone.files.store}. {@link FileStore} writes and checks every file in a temporary
 * file of {@link #workDir()} first; only a complete, checked file is {@link #put} here, in one step
 * that either makes all of it visible or nothing. {@link FilePlacement} and {@link OrphanSweep}
 * decide when a file may be removed; this only carries out what they decide.
 */
public interface StoredFiles {

    /** The folder of temporary files, on this instance's disk; {@link #put} takes its files from here. */
    Path workDir();

    /**
     * Makes the temporary file the stored file of the hash, replacing one of the same bytes (which
     * refreshes its time, keeping the orphan sweep off it), all at once: a failure leaves the store as it
     * was. Preconditions: {@code temporary} lies in {@link #workDir()}, holds {@code size} bytes hashing to
     * {@code sha256}, and the hash's lock is held ({@link FilePlacement}).
     */
    void put(String sha256, Path temporary, long size) throws IOException;

    /**
     * The stored file's bytes, streamed as they are read (never held whole); the caller closes it.
     *
     * @throws java.nio.file.NoSuchFileException when no file of the hash is stored
     */
    InputStream open(String sha256) throws IOException;

    /**
     * Removes the stored file of the hash if there is one (idempotent). Precondition: the hash's lock is
     * held and no committed row names it ({@link FilePlacement#removeUnnamed}).
     *
     * @return whether a file was there
     */
    boolean delete(String sha256) throws IOException;

    /** Hands each stored hash last written before {@code cutoff} to {@code each}, reading the listing as it goes. */
    void forEachOlderThan(Instant cutoff, Consumer<String> each) throws IOException;
}
