import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the JMH worker's CPU went in a JFR recording (bench/country/profile.sh): the share of its
 * execution samples per method, at the top of the stack (self) and anywhere on it (inclusive,
 * methods matching the regex given as second argument). Run: java TopFrames.java rec.jfr [regex]
 */
public class TopFrames {
    public static void main(String[] args) throws Exception {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            var thread = e.getThread("sampledThread");
            if (thread == null || thread.getJavaName() == null || !thread.getJavaName().contains("jmh-worker")) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.getFirst()), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                if (seen.add(name(f))) {
                    inclusive.merge(name(f), 1, Integer::sum);
                }
            }
        }
        String only = args.length > 1 ? args[1] : "cn\\.ecozone\\..*";
        System.out.println("jmh-worker samples: " + samples);
        print("self", self, samples, ".*", 20);
        print("inclusive", inclusive, samples, only, 30);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, String only, int limit) {
        System.out.println("-- " + title);
        counts.entrySet().stream()
                .filter(c -> c.getKey().matches(only))
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(limit)
                .forEach(c -> System.out.printf("%5.1f%%  %s%n", 100.0 * c.getValue() / samples, c.getKey()));
    }
}
