package cn.ecozone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

/**
 * Verifies the module structure (no cycles, no access to other modules' internals, only the declared
 * {@code allowedDependencies}), that every module declares them, that docs/architecture.md lists
 * exactly those, and documents the modules.
 */
class ModularityTests {

    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| ([^|]*) \\|");
    private static final Pattern TARGET = Pattern.compile("`([^`]+)`");

    private final ApplicationModules modules = ApplicationModules.of(EcozoneApplication.class);

    @Test
    void modulesOnlyUseEachOthersApisAndTheirDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void foundationModulesExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("region", "identity", "audit", "calendar", "shared");
    }

    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        assertThat(declared())
                .as("modules whose package-info leaves allowedDependencies open")
                .allSatisfy((module, targets) ->
                        assertThat(targets).as(module).doesNotContain(ApplicationModule.OPEN_TOKEN));
    }

    @Test
    void theArchitectureDocumentListsExactlyTheDeclaredDependencies() throws IOException {
        Map<String, Set<String>> documented = new TreeMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
            if (line.startsWith("| module | allowed dependencies |")) {
                inTable = true;
            } else if (inTable && line.isBlank()) {
                break;
            } else if (inTable) {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    documented.put(
                            row.group(1),
                            TARGET.matcher(row.group(2))
                                    .results()
                                    .map(m -> m.group(1))
                                    .collect(Collectors.toCollection(TreeSet::new)));
                }
            }
        }
        assertThat(documented).isEqualTo(declared());
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        FileSystemUtils.deleteRecursively(Path.of("target/spring-modulith-docs"));
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
        assertThat(Path.of("target/spring-modulith-docs/module-indicator.puml")).exists();
    }

    /** Each module's declared targets, normalized to {@code module} or {@code module :: interface}. */
    private Map<String, Set<String>> declared() {
        Map<String, Set<String>> declared = new TreeMap<>();
        modules.forEach(m -> {
            ApplicationModule annotation = annotation(m.getBasePackage().getName());
            String[] targets =
                    annotation == null ? new String[] {ApplicationModule.OPEN_TOKEN} : annotation.allowedDependencies();
            declared.put(
                    m.getIdentifier().toString(),
                    Arrays.stream(targets)
                            .map(t -> t.replaceAll("\\s*::\\s*", " :: ").trim())
                            .collect(Collectors.toCollection(TreeSet::new)));
        });
        return declared;
    }

    private static ApplicationModule annotation(String basePackage) {
        try {
            return Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
