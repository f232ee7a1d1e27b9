package cn.ecozone.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.ApiTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How the front end's files are served (issue 15 §1, docs/adr/0052): a hashed asset precompressed and
 * kept a year, the page asked for again each time, API answers never stored. The asset and the page
 * are test fixtures (src/test/resources/static/assets, src/test/resources/public), so this runs
 * without a front-end build; a built front end is served the same way.
 */
@ApiTest
class StaticAssetsIT {

    private static final String ASSET = "/assets/static-assets-fixture-Dq3kT7pA.js";
    private static final String IMMUTABLE = "max-age=31536000, public, immutable";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aHashedAssetAskedForWithBrotliComesAsTheBrotliFileKeptForAYear() throws Exception {
        HttpResponse<byte[]> r = get(ASSET, "br, gzip");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(r.headers().allValues("Vary")).contains("Accept-Encoding");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue(IMMUTABLE);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(r.body()).isEqualTo(fixture(ASSET + ".br"));
    }

    @Test
    void aHashedAssetAskedForWithGzipOnlyComesAsTheGzipFileThatInflatesToTheAsset() throws Exception {
        HttpResponse<byte[]> r = get(ASSET, "gzip");

        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue(IMMUTABLE);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(fixture(ASSET));
        }
    }

    @Test
    void aBrowserAcceptingNoEncodingGetsThePlainAsset() throws Exception {
        HttpResponse<byte[]> r = get(ASSET, null);

        assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(r.headers().firstValue("Cache-Control")).hasValue(IMMUTABLE);
        assertThat(r.body()).isEqualTo(fixture(ASSET));
    }

    @Test
    void thePageIsAskedForAgainEachTimeAlsoThroughASinglePageRoute() throws Exception {
        // the fixture page, or the built one (which the build also precompresses)
        // the plan's print views open in a new tab at four segments (was 404: the forwarding stopped at three)
        for (String path : new String[] {
            "/", "/index.html", "/regions", "/public/152502/ECO_CIVILIZATION_ZONE", "/print/plans/7/handling"
        }) {
            HttpResponse<byte[]> r = get(path, null);

            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).as(path).contains("<div id=\"app\">");
            assertThat(r.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
        }
    }

    @Test
    void anApiAnswerIsStillNeverStored() throws Exception {
        HttpResponse<byte[]> r = get("/api/regions", "br, gzip");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void aMissingAssetIsNotFoundAndNotThePage() throws Exception {
        assertThat(get("/assets/no-such-file-XXXXXXXX.js", "br").statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] fixture(String path) throws IOException {
        try (var in = StaticAssetsIT.class.getResourceAsStream("/static" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
