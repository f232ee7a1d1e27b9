package cn.ecozone.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stored files in one folder, {@code ecozone.files.dir} ({@code ECOZONE_FILES_DIR}), one file per
 * SHA-256: the default store, for one machine (or several sharing the folder). Temporary files are
 * written in the same folder, so that putting one in place is an atomic rename.
 */
@Component
@ConditionalOnProperty(name = "ecozone.files.store", havingValue = "fs", matchIfMissing = true)
public class FileSystemFiles implements StoredFiles {

    private final Path root;

    public FileSystemFiles(@Value("${ecozone.files.dir:./data/files}") Path root) {
        this.root = root;
    }

    @Override
    public Path workDir() {
        return root;
    }

    @Override
    public void put(String sha256, Path temporary, long size) throws IOException {
        Path target = file(sha256);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(file(sha256));
    }

    @Override
    public boolean delete(String sha256) throws IOException {
        return Files.deleteIfExists(file(sha256));
    }

    @Override
    public void forEachOlderThan(Instant cutoff, Consumer<String> each) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path file : entries) {
                String name = file.getFileName().toString();
                if (FileStore.isHash(name)
                        && Files.isRegularFile(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    each.accept(name);
                }
            }
        }
    }

    private Path file(String sha256) {
        return root.resolve(FileStore.requireHash(sha256));
    }
}
