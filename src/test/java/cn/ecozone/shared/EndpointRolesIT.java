package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every handler method Spring MVC maps, so that a new endpoint is covered without editing this
 * test: (a) each states who may call it ({@code @PreAuthorize}, directly or through {@link Access}, on
 * the method or its class), and one open to everybody is in {@link #PUBLIC}; (b) each business
 * endpoint refuses the three administrators with 403 before anything else (三员分立, GB/T 22239-2019
 * 8.1.4.2: no administrator reads or writes business data). Path variables get values of the right
 * form; requests carry no body, which the role check answers before any reading of it.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointRolesIT {

    /** Handlers anyone may call, the anonymous public included: each is listed on purpose. */
    private static final Set<String> PUBLIC = Set.of(
            "GET /api/auth/csrf",
            "POST /api/auth/login",
            "GET /api/regions",
            "GET /api/regions/{code}",
            "GET /api/regions/{code}/children",
            "GET /api/regions/{code}/descendants",
            "GET /api/regulations",
            "GET /api/regulations/{code}",
            "GET /api/calendar/days/{date}",
            "GET /api/calendar/deadline",
            "GET /api/calendar/working-days",
            "GET /api/calendar/years",
            "GET /api/calendar/years/{year}",
            "GET /api/public/columns/{region}/{programme}",
            "GET /api/public/plans/{id}/document",
            "GET /api/public/titles",
            "GET /api/public/notices",
            "GET /api/public/notices/{id}",
            "POST /api/public/notices/{id}/complaints",
            "GET /api/public/complaints/{trackingNumber}",
            "POST /api/public/complaints/{trackingNumber}/attachments",
            "GET /api/public/progress/{regionCode}",
            "GET /api/public/cases",
            "GET /api/public/cases/{id}",
            "GET /api/public/cases/{id}/photos/{documentId}",
            "GET /api/public/case-collections",
            "GET /api/public/case-collections/{id}/document",
            "GET /api/public/column-items/{id}/files/{documentId}",
            "GET /api/public/portal");

    /**
     * Controllers outside the API whose handlers carry no role statement: the error page, the SPA's
     * routes, and springdoc's API description (guarded in the filter chain: the system administrator,
     * {@code OperationsAccess}, ADR 0051; {@code ApiDescriptionIT}).
     */
    private static final Set<String> OUTSIDE_THE_API =
            Set.of("ProblemErrorController", "SpaForwardingController", "OpenApiWebMvcResource");

    /**
     * The administration and the own account: what the administrators do, and every account's own
     * session, password, address and notifications. Every other /api endpoint is business.
     */
    private static final List<String> NOT_BUSINESS = List.of(
            "/api/auth/",
            "/api/users",
            "/api/organizations",
            "/api/audit/",
            "/api/admin-replacements",
            "/api/security-settings",
            "/api/notifications",
            "PUT /api/calendar/years/{year}");

    private static final Map<String, String> SAMPLE_VALUES = Map.ofEntries(
            Map.entry("id", "999999999"),
            Map.entry("jobId", "no-such-job"),
            Map.entry("year", "2025"),
            Map.entry("date", "2025-10-01"),
            Map.entry("code", "GZ-2SZS-2021"),
            Map.entry("edition", "GZ-2SZS-2021"),
            Map.entry("region", "152502"),
            Map.entry("province", "150000"),
            Map.entry("indicator", "GZ-01"),
            Map.entry("transition", "SUBMIT"),
            Map.entry("action", "submit"),
            Map.entry("programme", "ECO_CIVILIZATION_ZONE"));

    private static final Set<Role> ADMINISTRATORS = Set.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    private final Map<Role, Browser> browsers = new EnumMap<>(Role.class);

    @Test
    void everyHandlerStatesWhoMayCallIt() {
        Map<String, String> missing = new TreeMap<>();
        Set<String> openToAll = new TreeSet<>();
        handlers().forEach((key, handler) -> {
            String pattern = key.substring(key.indexOf(' ') + 1);
            PreAuthorize statement = statement(handler);
            if (statement == null) {
                boolean outside = !pattern.startsWith("/api")
                        && OUTSIDE_THE_API.contains(
                                ClassUtils.getUserClass(handler.getBeanType()).getSimpleName());
                if (!outside) {
                    missing.put(key, handler.getShortLogMessage());
                }
            } else if (statement.value().replace(" ", "").equals("permitAll()")) {
                openToAll.add(key);
            }
        });
        assertThat(missing)
                .as("handlers without a role statement (@PreAuthorize or cn.ecozone.shared.Access)")
                .isEmpty();
        assertThat(openToAll)
                .as("handlers open to everybody: each must be listed in EndpointRolesIT.PUBLIC")
                .isEqualTo(new TreeSet<>(PUBLIC));
    }

    /**
     * The actuator (docs/adr/0018) is outside Spring MVC's handlers walked above: it shows the health
     * endpoint with its liveness and readiness groups to everybody, the anonymous public included, and
     * nothing else (any other actuator path is a 404 problem, never the front end's page).
     */
    @Test
    void actuatorShowsHealthAndItsProbesToEveryoneAndNothingElse() {
        List<Browser> everybody = List.of(
                new Browser(port),
                browsers.computeIfAbsent(Role.SYSTEM_ADMIN, this::login),
                login(Role.PROVINCE_STAFF));
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            for (Browser browser : everybody) {
                Response response = browser.get(path);
                assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
                assertThat(response.json().path("status").asString()).isEqualTo("UP");
                assertThat(response.json().has("components")).as(path).isFalse();
            }
        }
        for (String path : List.of(
                "/actuator",
                "/actuator/info",
                "/actuator/env",
                "/actuator/beans",
                "/actuator/startup",
                "/actuator/metrics")) {
            Response response = new Browser(port).get(path);
            assertThat(response.status()).as(path + ": " + response).isEqualTo(404);
            assertThat(response.contentType()).as(path).doesNotStartWith("text/html");
        }
    }

    @TestFactory
    Stream<DynamicTest> administratorsAreRefusedOnEveryBusinessEndpoint() {
        List<DynamicTest> tests = new ArrayList<>();
        handlers().keySet().stream().filter(EndpointRolesIT::business).forEach(key -> {
            for (Role admin : ADMINISTRATORS) {
                tests.add(dynamicTest(admin + " gets 403 on " + key, () -> refused(key, admin)));
            }
        });
        assertThat(tests).as("business endpoints found").hasSizeGreaterThan(60);
        return tests.stream();
    }

    private void refused(String key, Role admin) {
        String method = key.substring(0, key.indexOf(' '));
        String path = concrete(key.substring(key.indexOf(' ') + 1));
        Response response = browsers.computeIfAbsent(admin, this::login).send(method, path, null);
        assertThat(response.status())
                .as("%s %s by %s: %s", method, path, admin, response)
                .isEqualTo(403);
        assertThat(response.code()).isEqualTo("forbidden");
        assertThat(response.json().path("detail").asString())
                .isEqualTo(messages.getMessage("error.forbidden", null, Locale.SIMPLIFIED_CHINESE));
    }

    private Browser login(Role role) {
        Browser browser = new Browser(port);
        assertThat(browser.login(fixtures.user(role, "150000"), Fixtures.PASSWORD)
                        .status())
                .isEqualTo(200);
        return browser;
    }

    private static boolean business(String key) {
        String pattern = key.substring(key.indexOf(' ') + 1);
        return pattern.startsWith("/api/")
                && !PUBLIC.contains(key)
                && NOT_BUSINESS.stream().noneMatch(p -> p.contains(" ") ? key.equals(p) : pattern.startsWith(p));
    }

    private static String concrete(String pattern) {
        Matcher variables = java.util.regex.Pattern.compile("\\{(\\w+)[^}]*}").matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(path, SAMPLE_VALUES.getOrDefault(variables.group(1), "999999999"));
        }
        variables.appendTail(path);
        return path.toString();
    }

    /** The role statement on the method, else on its class (meta-annotations included). */
    private static PreAuthorize statement(HandlerMethod handler) {
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (onMethod != null) {
            return onMethod;
        }
        return AnnotatedElementUtils.findMergedAnnotation(
                ClassUtils.getUserClass(handler.getBeanType()), PreAuthorize.class);
    }

    /** Every mapped handler as {@code METHOD pattern} (a mapping for every method counts once as ANY). */
    private Map<String, HandlerMethod> handlers() {
        RequestMappingHandlerMapping mapping =
                context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Map<String, HandlerMethod> handlers = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mapping.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                if (methods.isEmpty()) {
                    handlers.put("ANY " + pattern, entry.getValue());
                }
                methods.forEach(m -> handlers.put(m.name() + " " + pattern, entry.getValue()));
            }
        }
        assertThat(handlers).as("the mappings were found").isNotEmpty();
        return handlers;
    }
}
