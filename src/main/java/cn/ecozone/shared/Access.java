package cn.ecozone.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The role statements shared by many endpoints, as {@link PreAuthorize} meta-annotations. Every
 * controller method (or its class) states who may call it, with one of these or a
 * {@code @PreAuthorize} of its own; {@code EndpointRolesIT} walks every mapped handler and checks it.
 *
 * <p>None of the business statements admits an administrator (三员分立, GB/T 22239-2019 8.1.4.2:
 * administrators hold the least privilege their duty needs and read no business data).
 */
public final class Access {

    private Access() {}

    /** Anyone, the anonymous public included; each such endpoint is listed in the test's allow-list. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("permitAll()")
    public @interface Public {}

    /** Any logged-in account, for its own things only: session, password, address, notifications. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("isAuthenticated()")
    public @interface OwnAccount {}

    /**
     * The staff of governments, departments and subjects: every business role but the expert. They
     * read plans, values, scorecards, work plans, key projects and evidence within their data scope.
     */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'DIVISION_REVIEWER', 'PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT',"
            + " 'COUNTY_GOVERNMENT', 'CONSTRUCTION_SUBJECT', 'COMMITTEE_OFFICE')")
    public @interface BusinessStaff {}

    /**
     * Every business role, the expert included: reference material of the business (indicator systems,
     * the own deadlines) that holds no region's data.
     */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'DIVISION_REVIEWER', 'PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT',"
            + " 'COUNTY_GOVERNMENT', 'CONSTRUCTION_SUBJECT', 'COMMITTEE_OFFICE', 'EXPERT')")
    public @interface BusinessUser {}
}
