package cn.ecozone.report.internal;

import cn.ecozone.report.ReportFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.pdf.BaseFont;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese face of the consolidated report's PDF: Noto Sans CJK SC, found among the paths the opinion
 * module also reads (ADR 0031, property {@code ecozone.opinion.font-paths}). Without it the platform runs
 * and the PDF is refused with {@link ReportFacts.FontMissing} (503).
 */
@Component
class ReportFont {

    private final List<Path> candidates;
    private final Optional<String> face;

    ReportFont(
            @Value("${ecozone.opinion.font-paths:/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,"
                            + "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc}")
                    List<String> paths) {
        this.candidates = paths.stream().map(String::strip).map(Path::of).toList();
        this.face = candidates.stream().filter(Files::isReadable).findFirst().flatMap(ReportFont::scFace);
    }

    /** The face for OpenPDF ({@code file.ttc,index}). @throws ReportFacts.FontMissing when absent */
    String face() {
        return face.orElseThrow(() -> new ReportFacts.FontMissing(candidates.toString()));
    }

    private static Optional<String> scFace(Path ttc) {
        try {
            String[] names = BaseFont.enumerateTTCNames(ttc.toString());
            for (int i = 0; i < names.length; i++) {
                if (names[i].startsWith("NotoSansCJKsc")) {
                    return Optional.of(ttc + "," + i);
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
