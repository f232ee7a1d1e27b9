package cn.ecozone.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This instance's work folder, {@code ecozone.instance.work-dir} (under the data folder, one per
 * instance id, never the system temp folder that every instance on a host shares). It holds the
 * files an instance needs only while a request or job runs: Tomcat's multipart parts
 * ({@code multipart/}, set as {@code spring.servlet.multipart.location}) and import work files
 * ({@code excel/}). Nothing in it outlives the process that wrote it, so whatever is there when the
 * instance starts was left by a crash ({@code kill -9}, power loss) and is deleted before the web
 * server takes its first request. Precondition: no two running instances share an instance id.
 */
@Component
public class WorkFolders {

    private static final Logger log = LoggerFactory.getLogger(WorkFolders.class);

    private final String instanceId;
    private final Path root;

    WorkFolders(@Value("${ecozone.instance.id}") String instanceId, @Value("${ecozone.instance.work-dir}") Path root) {
        this.instanceId = instanceId;
        this.root = root.toAbsolutePath().normalize();
        int removed = sweep();
        if (removed > 0) {
            log.warn("Removed {} file(s) left in the work folder {} by an earlier run", removed, this.root);
        }
    }

    /** The id of this instance, e.g. to mark the import jobs it runs. */
    public String instanceId() {
        return instanceId;
    }

    /** The work folder. */
    public Path root() {
        return root;
    }

    /**
     * Deletes everything in the work folder and lays out its empty sub-folders; called once at
     * start-up, before any request.
     *
     * @return how many files were removed
     */
    public final int sweep() {
        AtomicInteger removed = new AtomicInteger();
        try {
            Files.createDirectories(root);
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    removed.incrementAndGet();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (!dir.equals(root)) {
                        Files.deleteIfExists(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            Files.createDirectories(root.resolve("multipart"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed.get();
    }
}
