package cn.ecozone.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierView.DocumentView;
import cn.ecozone.dossier.DossierView.Status;
import cn.ecozone.regulation.ApplicationRules.Material;
import cn.ecozone.regulation.ApplicationRules.Tolerance;
import cn.ecozone.regulation.Citation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The material checks alone: counts, tolerance bounds, photo sizes. */
class MaterialChecksTest {

    private static final Citation ART = new Citation("第十二条（五）", false, false, null);
    private static final Tolerance TWENTY = new Tolerance(20, new Citation("第十二条（五）", true, false, "±20%"));

    private static final Material ABSTRACT =
            new Material("ABSTRACT", "摘要", "500字", 500, null, null, ART, TWENTY, false);
    private static final Material PHOTOS =
            new Material("PHOTOS", "照片", "5张以上，画质10M左右", null, 5, 10, ART, TWENTY, false);
    private static final Material REPORT =
            new Material("WORK_REPORT", "工作报告", null, null, null, null, ART, null, false);

    @Test
    void charactersAreCodePointsWithoutWhitespace() {
        assertThat(MaterialChecks.characters("生态 文明\n建设\u3000示范")).isEqualTo(8);
        assertThat(MaterialChecks.characters("𠀀𠀁")).isEqualTo(2);
        assertThat(MaterialChecks.characters(" \t\n")).isZero();
        assertThat(MaterialChecks.characters(null)).isZero();
    }

    @Test
    void aTextIsGreenWithinTheToleranceAmberOutsideItAndRedEmpty() {
        assertThat(MaterialChecks.text(ABSTRACT, "字".repeat(400)).status()).isEqualTo(Status.GREEN);
        assertThat(MaterialChecks.text(ABSTRACT, "字".repeat(600)).status()).isEqualTo(Status.GREEN);
        assertThat(MaterialChecks.text(ABSTRACT, "字".repeat(399)).status()).isEqualTo(Status.AMBER);
        assertThat(MaterialChecks.text(ABSTRACT, "字".repeat(601)).status()).isEqualTo(Status.AMBER);
        assertThat(MaterialChecks.text(ABSTRACT, "").status()).isEqualTo(Status.RED);
        var t = MaterialChecks.text(ABSTRACT, "字").tolerance();
        assertThat(List.of(t.target(), t.min(), t.max())).containsExactly(500, 400, 600);
        assertThat(t.uncertain()).isTrue();
        // without a tolerance in the data, the number is exact
        Material exact = new Material("ABSTRACT", "摘要", "500字", 500, null, null, ART, null, false);
        assertThat(MaterialChecks.text(exact, "字".repeat(499)).status()).isEqualTo(Status.AMBER);
    }

    @Test
    void photosAreRedBelowTheCountAndAmberBelowTheSizeBand() {
        long mb = 1024 * 1024;
        List<DocumentView> five =
                List.of(photo(1, 8 * mb), photo(2, 10 * mb), photo(3, 12 * mb), photo(4, 9 * mb), photo(5, 8 * mb - 1));
        var checked = MaterialChecks.photos(PHOTOS, five);
        assertThat(checked.status()).isEqualTo(Status.AMBER);
        assertThat(checked.messages()).hasSize(1);
        assertThat(checked.messages().getFirst().textZh()).contains("第5张", "1000×800", "8MB");
        assertThat(MaterialChecks.photos(PHOTOS, five.subList(0, 4)).status()).isEqualTo(Status.RED);
        assertThat(MaterialChecks.photos(PHOTOS, five.subList(0, 4))
                        .messages()
                        .getFirst()
                        .textZh())
                .contains("至少5张，现有4张");
    }

    @Test
    void aDocumentMaterialIsRedWithoutADocumentUnlessThePlanStandsForIt() {
        assertThat(MaterialChecks.documents(REPORT, List.of(), null).status()).isEqualTo(Status.RED);
        assertThat(MaterialChecks.documents(REPORT, List.of(), 7L).status()).isEqualTo(Status.GREEN);
        assertThat(MaterialChecks.documents(REPORT, List.of(photo(1, 10)), null).status())
                .isEqualTo(Status.GREEN);
    }

    private static DocumentView photo(long id, long size) {
        return new DocumentView(id, "p" + id + ".jpg", "image/jpeg", size, 1000, 800, "0".repeat(64), Instant.EPOCH);
    }
}
