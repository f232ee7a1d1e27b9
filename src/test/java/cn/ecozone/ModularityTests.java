package cn.ecozone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module structure (no cycles, no access to other modules' internals) and documents it. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(EcozoneApplication.class);

    @Test
    void modulesOnlyUseEachOthersApis() {
        modules.verify();
    }

    @Test
    void foundationModulesExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("region", "identity", "audit", "calendar", "shared");
    }

    @Test
    void writesModuleDocumentation() throws java.io.IOException {
        org.springframework.util.FileSystemUtils.deleteRecursively(
                java.nio.file.Path.of("target/spring-modulith-docs"));
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(java.nio.file.Path.of("target/spring-modulith-docs/components.puml"))
                .exists();
        assertThat(java.nio.file.Path.of("target/spring-modulith-docs/module-indicator.puml"))
                .exists();
    }
}
