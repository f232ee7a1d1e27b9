package cn.ecozone.audit.internal;

import cn.ecozone.audit.ChainVerification.TrustedCheckpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed checkpoints of the audit chain head, kept outside the database: one JSON file per
 * checkpoint in {@code ecozone.audit.checkpoint-dir} (shared by all instances, like the file store)
 * and one line in the application log. The signature is the HMAC-SM3 of sequence, hash and time under
 * the current audit key, so someone who can write the folder but holds no key cannot forge one.
 */
@Component
class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    private final Path dir;
    private final AuditKeys keys;
    private final JsonMapper json;
    private final Clock clock;

    /** The file's content. */
    record Checkpoint(long sequence, String hash, String keyId, Instant createdAt, String signature) {}

    /** The checkpoints whose signature verified, oldest first, and how many files did not verify. */
    record Loaded(List<TrustedCheckpoint> trusted, int untrusted) {

        TrustedCheckpoint latest() {
            return trusted.isEmpty() ? null : trusted.getLast();
        }
    }

    AuditCheckpoints(
            @Value("${ecozone.audit.checkpoint-dir:./data/audit/checkpoints}") Path dir,
            AuditKeys keys,
            JsonMapper json,
            Clock clock) {
        this.dir = dir;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    /** Signs and writes a checkpoint of the record {@code sequence} whose hash is {@code hash}. */
    TrustedCheckpoint write(long sequence, String hash) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String keyId = keys.currentId();
        Checkpoint checkpoint =
                new Checkpoint(sequence, hash, keyId, now, keys.hmac(keyId, signed(sequence, hash, keyId, now)));
        String name = "checkpoint-%020d-%d.json".formatted(sequence, now.toEpochMilli());
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "checkpoint-", ".tmp");
            Files.write(temp, json.writeValueAsBytes(checkpoint));
            try {
                Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info(
                "audit checkpoint sequence={} hash={} key={} at={} signature={} file={}",
                sequence,
                hash,
                keyId,
                now,
                checkpoint.signature(),
                name);
        return new TrustedCheckpoint(sequence, hash, keyId, now, name);
    }

    /** Reads every checkpoint file; those that do not parse or verify are counted, not trusted. */
    Loaded load() {
        if (!Files.isDirectory(dir)) {
            return new Loaded(List.of(), 0);
        }
        List<TrustedCheckpoint> trusted = new ArrayList<>();
        int untrusted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "checkpoint-*.json")) {
            for (Path file : files) {
                TrustedCheckpoint checkpoint = read(file);
                if (checkpoint == null) {
                    untrusted++;
                } else {
                    trusted.add(checkpoint);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        trusted.sort(Comparator.comparingLong(TrustedCheckpoint::sequence).thenComparing(TrustedCheckpoint::createdAt));
        return new Loaded(List.copyOf(trusted), untrusted);
    }

    private TrustedCheckpoint read(Path file) {
        try {
            Checkpoint c = json.readValue(Files.readAllBytes(file), Checkpoint.class);
            if (c.hash() == null || c.createdAt() == null || !keys.knows(c.keyId()) || c.signature() == null) {
                return null;
            }
            String expected = keys.hmac(c.keyId(), signed(c.sequence(), c.hash(), c.keyId(), c.createdAt()));
            boolean valid = java.security.MessageDigest.isEqual(
                    expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    c.signature().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return valid
                    ? new TrustedCheckpoint(
                            c.sequence(),
                            c.hash(),
                            c.keyId(),
                            c.createdAt(),
                            file.getFileName().toString())
                    : null;
        } catch (IOException | JacksonException e) {
            return null;
        }
    }

    private static String signed(long sequence, String hash, String keyId, Instant createdAt) {
        return "audit-checkpoint\u001f" + sequence + "\u001f" + hash + "\u001f" + keyId + "\u001f" + createdAt;
    }
}
