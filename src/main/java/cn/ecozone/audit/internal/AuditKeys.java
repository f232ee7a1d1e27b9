package cn.ecozone.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keys of the audit chain (HMAC-SM3: RFC 2104 over SM3, GB/T 32905; 等保2.0 8.1.4.3 audit
 * records protected against modification). They live outside the database, in a key file of lines
 * {@code id=base64} (at least 16 bytes each); the last line is the current key, the earlier ones verify
 * older records. Rotating means adding a line and restarting (or {@link #reload()}); the next append
 * records the rotation in the chain. When the file is missing and {@code
 * ecozone.audit.generate-missing-key} is set (dev, test, demo), a random 256-bit key is written to it.
 */
@Component
public class AuditKeys {

    private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,32}");
    private static final int MIN_KEY_BYTES = 16;

    private final Path file;
    private final boolean generateMissing;
    private final Clock clock;
    private volatile Ring ring;

    private record Ring(Map<String, byte[]> keys, String current) {}

    @org.springframework.beans.factory.annotation.Autowired
    AuditKeys(
            @Value("${ecozone.audit.key-file:./data/audit/audit-keys}") Path file,
            @Value("${ecozone.audit.generate-missing-key:true}") boolean generateMissing,
            Clock clock) {
        this.file = file;
        this.generateMissing = generateMissing;
        this.clock = clock;
        reload();
    }

    /** A key ring from {@code id → key} in order, the last current; for tests. */
    AuditKeys(Map<String, byte[]> keys) {
        this.file = null;
        this.generateMissing = false;
        this.clock = Clock.systemUTC();
        this.ring =
                new Ring(new LinkedHashMap<>(keys), List.copyOf(keys.keySet()).getLast());
    }

    /** Reads the key file again, e.g. after a key was added to it. */
    public final synchronized void reload() {
        try {
            if (!Files.exists(file)) {
                if (!generateMissing) {
                    throw new IllegalStateException("audit key file " + file + " is missing");
                }
                generate();
            }
            Map<String, byte[]> keys = new LinkedHashMap<>();
            String current = null;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int eq = text.indexOf('=');
                String id = eq < 0 ? "" : text.substring(0, eq).strip();
                byte[] key = eq < 0
                        ? new byte[0]
                        : Base64.getDecoder().decode(text.substring(eq + 1).strip());
                if (!ID.matcher(id).matches() || key.length < MIN_KEY_BYTES) {
                    throw new IllegalStateException("audit key file " + file + ": a line is not id=base64 (16+ bytes)");
                }
                keys.put(id, key);
                current = id;
            }
            if (current == null) {
                throw new IllegalStateException("audit key file " + file + " holds no key");
            }
            ring = new Ring(keys, current);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of the key that signs new records and checkpoints. */
    public String currentId() {
        return ring.current();
    }

    /** Whether {@code id} names a key of the ring. */
    boolean knows(String id) {
        return id != null && ring.keys().containsKey(id);
    }

    /**
     * HMAC-SM3 of the UTF-8 text under the key {@code id}, as lower-case hex.
     *
     * @throws IllegalArgumentException for an unknown key id
     */
    public String hmac(String id, String text) {
        byte[] key = ring.keys().get(id);
        if (key == null) {
            throw new IllegalArgumentException("unknown audit key " + id);
        }
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        mac.update(in, 0, in.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    private void generate() throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String id = "k"
                + DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                        .format(clock.instant().atOffset(ZoneOffset.UTC));
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "audit-keys", ".tmp");
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's permissions apply
        }
        String text = "# audit chain keys (docs/adr/0012): id=base64, the last line is current\n" + id + "="
                + Base64.getEncoder().encodeToString(key) + "\n";
        Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        try {
            Files.move(temp, file);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // another instance wrote it first: use that one
            Files.deleteIfExists(temp);
            return;
        }
        log.warn("generated a new audit key {} in {}; in production provide the key file instead", id, file);
    }
}
