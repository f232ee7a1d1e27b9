package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.ChildProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded default keeps what it committed through a {@code kill -9} (issue 15 §3, docs/adr/0052):
 * a child JVM opens an H2 file database with the URL application.yml gives when no ECOZONE_DB_URL is
 * set, commits a phase change in its own transaction, and is halted at once, as {@code kill -9} stops a
 * JVM (no shutdown hook, no close, no background writer); a new connection then sees the change. With
 * H2's default write delay (before WRITE_DELAY=0) the child's table itself was gone.
 */
class EmbeddedDatabaseDurabilityIT {

    @TempDir
    Path dir;

    @Test
    void aCommittedChangeSurvivesTheProcessBeingKilledRightAfterTheCommit() throws Exception {
        String url =
                configuredUrl().replace("./data/ecozone", dir.resolve("ecozone").toString());
        assertThat(url).startsWith("jdbc:h2:file:" + dir);

        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CommitThenHalt.class.getName(),
                        url)
                .redirectErrorStream(true)
                .start();
        // a child that hangs is killed when the wait ends, not left running (review s16 #8)
        assertThat(ChildProcesses.endsWithin(child, Duration.ofSeconds(60))).isTrue();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.exitValue()).as(output).isEqualTo(CommitThenHalt.KILLED);
        assertThat(Files.list(dir)).as("the database file").isNotEmpty();

        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select phase from durability_probe where id = 1")) {
            assertThat(r.next()).as("the committed row").isTrue();
            assertThat(r.getString(1)).isEqualTo("EVALUATION");
        }
    }

    /** The H2 URL of application.yml's default datasource (the part after ECOZONE_DB_URL's colon). */
    static String configuredUrl() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        String value = yaml.getObject().getProperty("spring.datasource.url");
        String prefix = "${ECOZONE_DB_URL:";
        assertThat(value).startsWith(prefix).endsWith("}");
        return value.substring(prefix.length(), value.length() - 1);
    }

    /** The child: commits a row in one transaction and a change to it in a second, then halts. */
    public static final class CommitThenHalt {

        static final int KILLED = 137;

        public static void main(String[] args) throws SQLException {
            Connection c = DriverManager.getConnection(args[0], "sa", "");
            try (Statement s = c.createStatement()) {
                s.execute("create table durability_probe (id int primary key, phase varchar(20))");
                s.execute("insert into durability_probe values (1, 'PLANNING')");
                c.setAutoCommit(false);
                s.executeUpdate("update durability_probe set phase = 'EVALUATION' where id = 1");
                c.commit();
            }
            // as kill -9: no close, no shutdown hook, H2's background writer gets no further turn
            Runtime.getRuntime().halt(KILLED);
        }
    }
}
