/**
 * Organizations, user accounts, login and the security filter chain, three-role separation of the
 * administrators. Publishes {@link cn.ecozone.identity.LoginAttempted} (named interface {@code
 * events}). Uses the regions of organizations.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"document", "region", "shared"})
package cn.ecozone.identity;
