package cn.ecozone.document;

import static cn.ecozone.document.EvidenceUploadIT.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The store is content-addressed: two uploads of the same bytes share one file. When one of them rolls
 * back while the other commits, the committed document's file stays (issue 10: a rolled-back upload
 * used to delete the file that a concurrent upload of the same bytes had just committed a row for).
 */
@ApiTest
class SameBytesUploadIT {

    private static final Actor ACTOR =
            new Actor(1, "same.bytes", "测试", Role.COUNTY_GOVERNMENT, 1, "测试机构", "522722", "52/5227/522722", false);

    @Autowired
    DocumentManagement documents;

    @Value("${ecozone.files.dir}")
    Path store;

    @Test
    void anUploadThatRollsBackLeavesTheFileOfAConcurrentUploadOfTheSameBytesThatCommitted() throws Exception {
        byte[] content = pdf("same bytes, two uploads");
        CountDownLatch firstLinking = new CountDownLatch(1);
        CountDownLatch secondCommitted = new CountDownLatch(1);
        StoredDocument second;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Object> first =
                    pool.submit(() -> documents.store(upload(content), Set.of(DocumentType.PDF), ACTOR, d -> {
                        firstLinking.countDown();
                        awaitQuietly(secondCommitted);
                        throw new IllegalStateException("the caller's rule refuses it");
                    }));
            assertThat(firstLinking.await(60, TimeUnit.SECONDS)).isTrue();
            try {
                second = documents.store(upload(content), Set.of(DocumentType.PDF), ACTOR, d -> d);
            } finally {
                secondCommitted.countDown();
            }

            assertThatThrownBy(first::get)
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(IllegalStateException.class);
        }
        assertThat(store.resolve(second.sha256())).exists();
        try (InputStream in = documents.open(second.id())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Upload upload(byte[] content) {
        return Upload.of("同一文件.pdf", content);
    }
}
