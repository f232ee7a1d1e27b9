import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Writes COUNT different PNG photos of about 10 MB each (1,824² pixels of noise, which PNG cannot
 * compress), for bench/dossier-photos/run.sh: {@code java Photos.java OUT_DIR COUNT}.
 */
public class Photos {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Files.createDirectories(out);
        int side = 1824;
        for (int n = 1; n <= count; n++) {
            Random random = new Random(n);
            BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    image.setRGB(x, y, random.nextInt(1 << 24));
                }
            }
            ImageIO.write(image, "png", out.resolve(String.format("photo-%03d.png", n)).toFile());
        }
        System.out.printf("%d photos of %.1f MB%n", count, Files.size(out.resolve("photo-001.png")) / 1048576.0);
    }
}
