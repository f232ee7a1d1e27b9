import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * What the evidence content check costs per file against the SHA-256 every upload pays (issue 10,
 * uploads, fourth pass): for each PDF given, the CPU of the steps of {@code ContentCheck.inspect} for a
 * PDF (Tika's magic detection; PDFBox's load as {@code MediaParsers.pdf} does it, with the page count)
 * and of SHA-256 over the file, read from the page cache in 64 KB pieces. Medians over the files after
 * four warm-up rounds, in milliseconds of this thread's CPU.
 *
 * <pre>java -cp 'APP/lib/*' bench/uploads/CheckCost.java FILE…</pre>
 *
 * APP is the jar extracted with {@code java -Djarmode=tools -jar ecozone.jar extract --destination APP}.
 */
public class CheckCost {

    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    interface Step {
        void run(Path file) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        MimeTypes tika = MimeTypes.getDefaultMimeTypes();
        int[] pages = {0};
        Step detect = file -> {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                tika.detect(in, new Metadata());
            }
        };
        Step load = file -> {
            try (PDDocument document = Loader.loadPDF(
                    new RandomAccessReadBufferedFile(file), null, null, null, IOUtils.createTempFileOnlyStreamCache())) {
                pages[0] = document.getNumberOfPages();
            }
        };
        Step sha = file -> {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
            digest.digest();
        };
        String[] names = {"Tika detection", "PDFBox load + page count", "SHA-256 of the file"};
        Step[] steps = {detect, load, sha};
        for (int round = 0; round < 5; round++) { // the first four rounds warm the JIT up
            List<double[]> times = new ArrayList<>();
            for (String arg : args) {
                double[] t = new double[steps.length];
                for (int s = 0; s < steps.length; s++) {
                    long start = CPU.getCurrentThreadCpuTime();
                    steps[s].run(Path.of(arg));
                    t[s] = (CPU.getCurrentThreadCpuTime() - start) / 1e6;
                }
                times.add(t);
            }
            if (round == 4) {
                System.out.printf("%d files of %.1f MiB, %d pages each; CPU per file, median (ms):%n",
                        args.length, Files.size(Path.of(args[0])) / 1048576.0, pages[0]);
                for (int s = 0; s < steps.length; s++) {
                    int step = s;
                    double[] column = times.stream().mapToDouble(t -> t[step]).sorted().toArray();
                    System.out.printf("  %-26s %8.2f%n", names[s], column[column.length / 2]);
                }
            }
        }
    }
}
