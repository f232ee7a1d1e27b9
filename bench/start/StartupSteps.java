import cn.ecozone.EcozoneApplication;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.metrics.StartupStep;

/**
 * Bench only (issue 10, cold start): starts ecozone like its own main method, but with Spring's
 * {@link BufferingApplicationStartup}, then prints where the context's start went: the steps with the
 * longest own time (their duration minus their children's, so a bean is not charged for the beans it
 * pulled in), and the total per kind of step. Run from the extracted jar, as a source-file program:
 *
 * <pre>java -cp app/ecozone.jar bench/start/StartupSteps.java --spring.profiles.active=demo</pre>
 *
 * Stops after the context refresh ({@code -Dspring.context.exit=onRefresh} is not needed: it closes
 * the context itself). Public tools only: the JDK and the application's own jars.
 */
public class StartupSteps {
    public static void main(String[] args) {
        // the source launcher loads this class in its own loader: the application's classes (and the
        // proxies of its package-private repositories) must live in the class path's loader
        ClassLoader appLoader = EcozoneApplication.class.getClassLoader();
        Thread.currentThread().setContextClassLoader(appLoader);
        SpringApplication app = new SpringApplication(new DefaultResourceLoader(appLoader), EcozoneApplication.class);
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        app.setApplicationStartup(startup);
        long t0 = System.nanoTime();
        var context = app.run(args);
        long total = (System.nanoTime() - t0) / 1_000_000;
        StartupTimeline timeline = startup.getBufferedTimeline();
        List<StartupTimeline.TimelineEvent> events = timeline.getEvents();
        Map<Long, Long> childNanos = new HashMap<>();
        for (var e : events) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                childNanos.merge(parent, e.getDuration().toNanos(), Long::sum);
            }
        }
        record Own(String name, String detail, long ownMs, long totalMs) {}
        List<Own> own = new ArrayList<>();
        Map<String, Long> perKind = new HashMap<>();
        for (var e : events) {
            StartupStep step = e.getStartupStep();
            long self = e.getDuration().toNanos() - childNanos.getOrDefault(step.getId(), 0L);
            String detail = "";
            for (StartupStep.Tag tag : step.getTags()) {
                if (tag.getKey().equals("beanName") || tag.getKey().equals("postProcessor")) {
                    detail = tag.getValue();
                }
            }
            own.add(new Own(step.getName(), detail, self / 1_000_000, e.getDuration().toMillis()));
            perKind.merge(step.getName(), self / 1_000_000, Long::sum);
        }
        System.out.printf("%n== context started in %d ms (%d steps)%n", total, events.size());
        System.out.println("== own time per kind of step (ms)");
        perKind.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(15)
                .forEach(k -> System.out.printf("%8d  %s%n", k.getValue(), k.getKey()));
        System.out.println("== the 40 steps with the longest own time (own ms, total ms)");
        own.stream()
                .sorted((a, b) -> Long.compare(b.ownMs(), a.ownMs()))
                .limit(40)
                .forEach(o -> System.out.printf("%8d %8d  %s %s%n", o.ownMs(), o.totalMs(), o.name(), o.detail()));
        context.close();
    }
}
