package cn.ecozone.document;

import static cn.ecozone.document.EvidenceUploadIT.evidence;
import static cn.ecozone.document.EvidenceUploadIT.pdf;
import static cn.ecozone.document.EvidenceUploadIT.sha256;
import static cn.ecozone.document.EvidenceUploadIT.valueToAttachTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import cn.ecozone.document.internal.ContentCheck;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * No database connection is held while an upload's bytes are taken over, hashed and checked (issue
 * 10): with a pool of two connections, three uploads wait inside the content check at once (a latch
 * holds them there) while a database-backed request still answers; and the evidence is recorded
 * afterwards in a short transaction that checks the entry rules again, leaving nothing behind when they
 * refuse.
 */
@ApiTest
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=" + UploadConnectionIT.POOL)
class UploadConnectionIT {

    static final int POOL = 2;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${ecozone.files.dir}")
    Path store;

    @MockitoSpyBean
    ContentCheck checks;

    @Test
    void moreUploadsThanConnectionsAreCheckedAtOnceWhileADatabaseReadStillAnswers() throws Exception {
        Browser county = valueToAttachTo(port, fixtures, "522722");
        int uploads = POOL + 1;
        CountDownLatch checking = new CountDownLatch(uploads);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(call -> {
                    checking.countDown();
                    release.await();
                    return call.callRealMethod();
                })
                .when(checks)
                .inspect(any(), any());
        List<Future<Response>> sent;
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            try {
                sent = IntStream.range(0, uploads)
                        .mapToObj(i -> senders.submit(
                                () -> county.upload(evidence("522722"), "照片" + i + ".pdf", pdf("522722 " + i))))
                        .toList();
                await().atMost(Duration.ofSeconds(60)).until(() -> checking.getCount() == 0);

                Response read = county.get(evidence("522722"));

                assertThat(read.status()).as(read.toString()).isEqualTo(200);
                assertThat(read.json().get("content")).isEmpty();
            } finally {
                release.countDown();
            }
            for (Future<Response> upload : sent) {
                assertThat(upload.get().status()).as(upload.get().toString()).isEqualTo(201);
            }
        }
        assertThat(county.get(evidence("522722")).json().get("content")).hasSize(uploads);
    }

    @Test
    void anUploadWhoseYearIsSubmittedWhileItIsCheckedIsRefusedAndLeavesNoFileAndNoRow() throws Exception {
        Browser county = valueToAttachTo(port, fixtures, "522723");
        byte[] content = pdf("522723 late");
        CountDownLatch checking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(call -> {
                    checking.countDown();
                    release.await();
                    return call.callRealMethod();
                })
                .when(checks)
                .inspect(any(), any());
        long rows = jdbc.queryForObject("select count(*) from document", Long.class);
        Map<String, Object> explained = cn.ecozone.support.MissingValues.explained(
                county, "/api/indicator-submissions/GZ-2SZS-2021/522723/2024/SUBMIT");
        Future<Response> upload;
        try (ExecutorService sender = Executors.newVirtualThreadPerTaskExecutor()) {
            try {
                upload = sender.submit(() -> county.upload(evidence("522723"), "迟到的照片.pdf", content));
                await().atMost(Duration.ofSeconds(60)).until(() -> checking.getCount() == 0);
                Response submitted =
                        county.post("/api/indicator-submissions/" + "GZ-2SZS-2021/522723/2024/SUBMIT", explained);
                assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
            } finally {
                release.countDown();
            }
            Response refused = upload.get();

            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        }
        assertThat(jdbc.queryForObject("select count(*) from document", Long.class))
                .isEqualTo(rows);
        assertThat(Files.exists(store.resolve(sha256(content)))).isFalse();
        assertThat(county.get(evidence("522723")).json().get("content")).isEmpty();
    }
}
