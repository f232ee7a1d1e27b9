package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tools/backup} and {@code tools/restore} take the embedded database's default URL from
 * application.yml, where the application takes it (review s16 #9: a copy in {@code tools/backup-lib}
 * could drift), and stop with a clear message when they cannot find it there.
 */
class BackupToolsTest {

    @TempDir
    Path temp;

    /** What {@code tools/backup-lib} sets, or its error; APPLICATION_YML and ECOZONE_DB_URL as given. */
    private static String sourced(String variable, String applicationYml) throws IOException, InterruptedException {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", ". tools/backup-lib && echo \"$" + variable + "\"")
                .redirectErrorStream(true);
        bash.environment().remove("ECOZONE_DB_URL");
        if (applicationYml != null) {
            bash.environment().put("APPLICATION_YML", applicationYml);
        }
        Process process = bash.start();
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void withoutADatabaseUrlTheToolsUseTheEmbeddedDefaultOfApplicationYml() throws Exception {
        String url = sourced("DB_URL", null);

        assertThat(url).isEqualTo(EmbeddedDatabaseDurabilityIT.configuredUrl()).startsWith("jdbc:h2:file:");
    }

    @Test
    void anApplicationYmlWithoutTheDefaultStopsTheToolsWithAClearMessage() throws Exception {
        Path yml = Files.writeString(temp.resolve("application.yml"), "spring:\n  datasource:\n    url: x\n");

        String output = sourced("DB_URL", yml.toString());

        assertThat(output)
                .contains("no single H2 default")
                .contains(yml.toString())
                .contains("set ECOZONE_DB_URL");
    }
}
