package cn.ecozone.document.internal;

import cn.ecozone.shared.WorkFolders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Stored files as objects of one bucket of an S3-compatible store (MinIO, a provincial cloud's OSS or
 * OBS, AWS), through AWS SDK v2 with path-style addresses (issue 15 §2, ADR 0054); selected by
 * {@code ECOZONE_FILES_STORE=s3}. The object's key is the file's SHA-256. A file is uploaded in one PUT
 * from its checked temporary file with its length and its SHA-256 ({@code x-amz-checksum-sha256}), so
 * the store refuses bytes that differ and shows nothing until the whole object is there; temporary
 * files live in this instance's work folder ({@link WorkFolders}, emptied at start-up). Reads stream
 * the response body. The bucket must exist: the start fails with its name otherwise.
 */
@Component
@ConditionalOnProperty(name = "ecozone.files.store", havingValue = "s3")
public class S3Files implements StoredFiles, DisposableBean {

    private final S3Client s3;
    private final String bucket;
    private final Path workDir;

    S3Files(
            WorkFolders work,
            @Value("${ecozone.files.s3.endpoint:}") String endpoint,
            @Value("${ecozone.files.s3.bucket}") String bucket,
            @Value("${ecozone.files.s3.region:us-east-1}") String region,
            @Value("${ecozone.files.s3.access-key:}") String accessKey,
            @Value("${ecozone.files.s3.secret-key:}") String secretKey) {
        AwsCredentialsProvider credentials = accessKey.isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .forcePathStyle(true)
                // the checksum is the one we computed (below); no trailing checksums that older
                // S3-compatible servers do not know
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        this.s3 = builder.build();
        this.bucket = bucket;
        this.workDir = work.root().resolve("files");
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (SdkException e) {
            s3.close();
            throw new IllegalStateException(
                    "The file store's bucket '" + bucket + "' at " + endpoint + " cannot be reached: " + e.getMessage(),
                    e);
        }
    }

    @Override
    public Path workDir() {
        try {
            return Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void put(String sha256, Path temporary, long size) throws IOException {
        String checksum = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(FileStore.requireHash(sha256)));
        try {
            s3.putObject(
                    b -> b.bucket(bucket).key(sha256).contentLength(size).checksumSHA256(checksum),
                    RequestBody.fromFile(temporary));
        } catch (SdkException e) {
            throw new IOException("PUT " + sha256 + " to bucket " + bucket + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        String key = FileStore.requireHash(sha256);
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(bucket + "/" + key);
        } catch (SdkException e) {
            throw new IOException("GET " + key + " from bucket " + bucket + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean delete(String sha256) throws IOException {
        String key = FileStore.requireHash(sha256);
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key)); // S3 answers alike whether it was there or not
            return true;
        } catch (SdkException e) {
            throw new IOException("DELETE " + key + " from bucket " + bucket + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void forEachOlderThan(Instant cutoff, Consumer<String> each) throws IOException {
        try {
            for (S3Object object :
                    s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents()) {
                if (FileStore.isHash(object.key()) && object.lastModified().isBefore(cutoff)) {
                    each.accept(object.key());
                }
            }
        } catch (SdkException e) {
            throw new IOException("Listing bucket " + bucket + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void destroy() {
        s3.close();
    }
}
