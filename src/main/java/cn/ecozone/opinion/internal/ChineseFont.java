package cn.ecozone.opinion.internal;

import cn.ecozone.opinion.OpinionFacts;
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
 * The Chinese font of the opinion's PDF: the Simplified Chinese face of Noto Sans CJK from Debian's
 * {@code fonts-noto-cjk} (ADR 0031), found at start-up among the configured paths. When it is absent the
 * platform starts all the same and issuing refuses with {@link OpinionFacts.FontMissing} (503), naming
 * where it looked; {@code ./run.sh}, {@code ./test.sh} and {@code .ci/run} install the package.
 */
@Component
class ChineseFont {

    private static final Logger log = LoggerFactory.getLogger(ChineseFont.class);

    private final List<Path> candidates;
    private final Optional<String> face;

    ChineseFont(
            @Value("${ecozone.opinion.font-paths:/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,"
                            + "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc}")
                    List<String> paths) {
        // plain file paths (Spring's Path conversion would read "/usr/…" as a class path resource)
        this.candidates = paths.stream().map(String::strip).map(Path::of).toList();
        this.face =
                this.candidates.stream().filter(Files::isReadable).findFirst().flatMap(ChineseFont::scFace);
        if (face.isEmpty()) {
            log.warn(
                    "No Noto Sans CJK SC font at {}: opinions cannot be issued as PDF (apt-get install fonts-noto-cjk)",
                    this.candidates);
        }
    }

    /** The face's name for OpenPDF ({@code file.ttc,index}). @throws OpinionFacts.FontMissing when absent */
    String face() {
        return face.orElseThrow(() -> new OpinionFacts.FontMissing(candidates.toString()));
    }

    /** The index of the collection's Simplified Chinese face (NotoSansCJKsc-…). */
    private static Optional<String> scFace(Path ttc) {
        try {
            String[] names = BaseFont.enumerateTTCNames(ttc.toString());
            for (int i = 0; i < names.length; i++) {
                // PostScript names, e.g. NotoSansCJKsc-Regular (not the monospaced NotoSansMonoCJKsc)
                if (names[i].startsWith("NotoSansCJKsc")) {
                    return Optional.of(ttc + "," + i);
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            log.warn("Unreadable font collection {}: {}", ttc, e.toString());
            return Optional.empty();
        }
    }
}
