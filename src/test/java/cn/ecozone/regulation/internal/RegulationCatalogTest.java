package cn.ecozone.regulation.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/** The start-up catalog refuses the whole set when one file is invalid or a version is shipped twice. */
class RegulationCatalogTest {

    private static Resource file(String name, String yaml) {
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    @Test
    void anInvalidFileStopsTheStartNamingFileAndField() {
        Resource good = new ClassPathResource("regulations/im-ecociv-2022.yaml");
        Resource bad = file("bad.yaml", "code: X-1\nversion: one\n");
        assertThatThrownBy(() -> new RegulationCatalog(new Resource[] {good, bad}))
                .isInstanceOf(RegulationFileException.class)
                .hasMessageStartingWith("bad.yaml: ");
    }

    @Test
    void theSameCodeAndVersionTwiceIsRefused() throws IOException {
        Resource original = new ClassPathResource("regulations/im-ecociv-2022.yaml");
        Resource copy = file("copy.yaml", original.getContentAsString(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new RegulationCatalog(new Resource[] {original, copy}))
                .isInstanceOf(RegulationFileException.class)
                .hasMessage("copy.yaml: version: IM-ECOCIV-2022 version 1 is already defined in im-ecociv-2022.yaml");
    }
}
