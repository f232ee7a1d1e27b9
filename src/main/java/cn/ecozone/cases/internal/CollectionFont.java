package cn.ecozone.cases.internal;

import cn.ecozone.cases.CaseFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese face of the collection's PDF: Noto Sans CJK SC from Debian's {@code fonts-noto-cjk}, as
 * the opinions use it (ADR 0031). Absent, the platform starts and generating refuses with 503.
 */
@Component
class CollectionFont {

    private static final Logger log = LoggerFactory.getLogger(CollectionFont.class);

    private final List<Path> candidates;
    private final Optional<String> face;

    CollectionFont(
            @Value("${ecozone.opinion.font-paths:/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,"
                            + "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc}")
                    List<String> paths) {
        this.candidates = paths.stream().map(String::strip).map(Path::of).toList();
        this.face = candidates.stream().filter(Files::isReadable).findFirst().flatMap(CollectionFont::scFace);
    }

    /** The face for OpenPDF ({@code file.ttc,index}); 503 when the font is not installed. */
    String face() {
        return face.orElseThrow(() -> new CaseFacts.FontMissing(candidates.toString()));
    }

    private static Optional<String> scFace(Path ttc) {
        try {
            String[] names = BaseFont.enumerateTTCNames(ttc.toString());
            for (int i = 0; i < names.length; i++) {
                if (names[i].startsWith("NotoSansCJKsc")) {
                    return Optional.of(ttc + "," + i);
                }
            }
        } catch (Exception e) {
            log.warn("Unreadable font collection {}: {}", ttc, e.toString());
        }
        return Optional.empty();
    }
}
