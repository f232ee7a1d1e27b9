package cn.ecozone.dossier.internal.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The files of the demo dossiers: a real one-page PDF and a small PNG (uploads are checked by content),
 * each saying it is synthetic demo material.
 */
final class DemoFiles {

    static final byte[] PDF = cn.ecozone.shared.DemoPdf.of("Demo dossier material (synthetic) - ecozone demo profile");

    static final byte[] PNG = png();

    private DemoFiles() {}

    private static byte[] png() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(60, 150, 80));
        g.fillRect(0, 0, 320, 160);
        g.setColor(new Color(120, 180, 230));
        g.fillRect(0, 160, 320, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
