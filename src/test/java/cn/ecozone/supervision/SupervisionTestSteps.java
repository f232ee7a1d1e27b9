package cn.ecozone.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.supervision.internal.CheckOpeningJob;
import cn.ecozone.support.Browser;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;

/** Steps the supervision tests share: running the opening job on a day, reading a region's checks. */
final class SupervisionTestSteps {

    private SupervisionTestSteps() {}

    /** Runs the opening job with the clock at noon of {@code day} (Beijing), then puts the clock back. */
    static int openOn(MutableClock clock, CheckOpeningJob job, LocalDate day) {
        return DossierTestSteps.on(clock, day, job::runOnce);
    }

    /** The checks of a region as {@code reader} lists them. */
    static JsonNode checksOf(Browser reader, String regionCode) {
        Response r = reader.get("/api/supervision-checks?regionCode=" + regionCode + "&size=50");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }
}
