package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.TestFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The evidence list of a value is paged and takes the same number of SQL statements for a page of 5
 * of 10 files as for a page of 100 of 1,000 (issue 10): the page's files' descriptions come in one
 * statement, not one per file. The files are copies (rows
 * only) of one uploaded file of 七星关区 (520502), where no other test attaches evidence.
 */
@ApiTest
class EvidenceListStatementsIT {

    private static final String COUNTY = "520502";
    private static final String VALUE =
            "/api/indicator-values/" + IndicatorEvaluationIT.GUIZHOU + "/" + COUNTY + "/2024/GZ-02";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListTakesTheSameStatementsAtTenAndAtAThousandFiles() {
        Browser county = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY));
        assertThat(county.put(VALUE, Map.of("value", 97.0)).status()).isEqualTo(200);
        JsonNode attached =
                county.upload(VALUE + "/evidence", "水质报告.pdf", TestFiles.PDF).json();
        long evidence = attached.get("id").asLong();
        copies(evidence, attached.get("documentId").asLong(), 9);

        JsonNode first = county.get(VALUE + "/evidence?size=5").json();
        assertThat(first.get("totalElements").asLong()).isEqualTo(10);
        assertThat(first.get("content")).hasSize(5);
        assertThat(first.get("content").get(0).get("name").asString()).isEqualTo("水质报告.pdf");
        JsonNode second = county.get(VALUE + "/evidence?page=1&size=5").json();
        assertThat(second.get("content").get(4).get("name").asString())
                .startsWith("佐证")
                .endsWith(" 8");
        int atTen = county.statements(VALUE + "/evidence?page=1&size=5");
        int filteredAtTen = county.statements(VALUE + FILTERED);

        copies(evidence, attached.get("documentId").asLong(), 990);
        JsonNode last = county.get(VALUE + "/evidence?page=9&size=100").json();
        assertThat(last.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(last.get("content")).hasSize(100);
        // the value's row, the page of evidence rows, their count, their documents in one read, the count of
        // linked files for the button (review s15 #13), the request's own
        assertThat(county.statements(VALUE + "/evidence?page=9&size=100"))
                .isEqualTo(atTen)
                .isEqualTo(6);
        // searched, filtered and sorted (issue 14 §6): the same statements, the filters bound in the page's statement
        JsonNode filtered = county.get(VALUE + FILTERED).json();
        assertThat(filtered.get("totalElements").asLong()).isEqualTo(999);
        assertThat(filtered.get("content").valueStream().map(e -> e.get("name").asString()))
                .hasSize(5)
                .allMatch(name -> name.startsWith("佐证"));
        assertThat(county.statements(VALUE + FILTERED)).isEqualTo(filteredAtTen).isEqualTo(6);
    }

    /** The copies (their names start with 佐证), PDFs, by name descending, 5 a page. */
    private static final String FILTERED = "/evidence?q=%E4%BD%90%E8%AF%81&type=PDF&sort=-name&size=5";

    /** {@code n} copies of the evidence, each with a copy of the document row (the same stored bytes). */
    private void copies(long evidence, long document, int n) {
        String marker = "佐证" + System.nanoTime();
        Clones.of(jdbc, "document", document, n, (i, row) -> row.put("name", marker + " " + i));
        List<Long> documents =
                jdbc.queryForList("select id from document where name like ? order by id", Long.class, marker + "%");
        Clones.of(jdbc, "indicator_evidence", evidence, n, (i, row) -> {
            row.put("document_id", documents.get(i));
            row.put("file_name", marker + " " + i);
        });
    }
}
