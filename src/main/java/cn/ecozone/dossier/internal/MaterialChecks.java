package cn.ecozone.dossier.internal;

import cn.ecozone.dossier.DossierView.DocumentView;
import cn.ecozone.dossier.DossierView.Level;
import cn.ecozone.dossier.DossierView.MaterialView;
import cn.ecozone.dossier.DossierView.Message;
import cn.ecozone.dossier.DossierView.Status;
import cn.ecozone.dossier.DossierView.Tolerance;
import cn.ecozone.regulation.ApplicationRules.Material;
import cn.ecozone.regulation.ApplicationRules.MaterialKind;
import cn.ecozone.regulation.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks one material against its rule (docs/dossier.md "Materials"), with no I/O:
 *
 * <ul>
 *   <li>a text (典型事迹材料 2000字左右, 摘要 500字): empty is RED; a count outside the tolerance of the
 *       regulation data (e.g. ±20 %, uncertain) is AMBER, a warning that does not block: the rules say
 *       左右, about; characters are counted as a Chinese reader counts them, code points without whitespace;
 *   <li>photos (5张以上, 画质10M左右): fewer than {@code min_count} is RED; a photo smaller than the
 *       tolerance below {@code approx_size_mb} is AMBER; each photo was decoded at upload (JPEG or PNG);
 *   <li>documents: none is RED, unless the subject's plan in force stands for it ({@code linkedPlanId}).
 * </ul>
 */
public final class MaterialChecks {

    private static final long MB = 1024L * 1024L;

    private MaterialChecks() {}

    /** The characters of {@code text} as a reader counts them: code points, whitespace left out. */
    public static int characters(String text) {
        if (text == null) {
            return 0;
        }
        return (int) text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .count();
    }

    /** The tolerance around {@code target} by the material's data; exact when the data gives none. */
    static Tolerance tolerance(Material m, int target) {
        if (m.tolerance() == null) {
            return new Tolerance(target, target, target, false, null);
        }
        int p = m.tolerance().percent();
        Citation c = m.tolerance().citation();
        int min = (int) Math.ceil(target * (100 - p) / 100.0);
        int max = (int) Math.floor(target * (100 + p) / 100.0);
        return new Tolerance(target, min, max, c.uncertain(), c.noteZh());
    }

    /** A text material with its count and check. */
    public static MaterialView text(Material m, String text) {
        int count = characters(text);
        Tolerance t = tolerance(m, m.approxCharacters());
        List<Message> messages = new ArrayList<>();
        Status status = Status.GREEN;
        if (count == 0) {
            status = Status.RED;
            messages.add(new Message(Level.ERROR, "尚未填写" + m.nameZh(), "The " + english(m) + " is empty"));
        } else if (count < t.min() || count > t.max()) {
            status = Status.AMBER;
            messages.add(new Message(
                    Level.WARNING,
                    String.format("%s现有%d字，规定约%d字（按%d至%d字掌握）", m.nameZh(), count, t.target(), t.min(), t.max()),
                    String.format(
                            Locale.ROOT,
                            "The %s has %d characters; about %d are asked for (%d to %d accepted)",
                            english(m),
                            count,
                            t.target(),
                            t.min(),
                            t.max())));
        }
        return view(m, status, messages, text == null ? "" : text, count, t, null, List.of(), null);
    }

    /** A photo material: enough photos, each about the size asked for. */
    public static MaterialView photos(Material m, List<DocumentView> photos) {
        List<Message> messages = new ArrayList<>();
        Status status = Status.GREEN;
        Integer min = m.minCount();
        if (min != null && photos.size() < min) {
            status = Status.RED;
            messages.add(new Message(
                    Level.ERROR,
                    String.format("%s至少%d张，现有%d张", m.nameZh(), min, photos.size()),
                    String.format(Locale.ROOT, "At least %d photos are required; %d uploaded", min, photos.size())));
        }
        Tolerance t = null;
        if (m.approxSizeMb() != null) {
            t = tolerance(m, m.approxSizeMb());
            long floor = Math.round(m.approxSizeMb() * MB * (t.min() / (double) t.target()));
            for (int i = 0; i < photos.size(); i++) {
                DocumentView p = photos.get(i);
                if (p.size() < floor) {
                    if (status == Status.GREEN) {
                        status = Status.AMBER;
                    }
                    messages.add(new Message(
                            Level.WARNING,
                            String.format(
                                    "第%d张照片“%s”（%d×%d像素，%s）小于画质约%dMB的下限%dMB",
                                    i + 1, p.name(), p.width(), p.height(), megabytes(p.size()), t.target(), t.min()),
                            String.format(
                                    Locale.ROOT,
                                    "Photo %d \"%s\" (%d×%d pixels, %s) is below %d MB, the lower bound of about %d MB",
                                    i + 1,
                                    p.name(),
                                    p.width(),
                                    p.height(),
                                    megabytes(p.size()),
                                    t.min(),
                                    t.target())));
                }
            }
        }
        return view(m, status, messages, null, null, t, min, photos, null);
    }

    /** A document material: at least one document, or the subject's plan in force where the plan stands for it. */
    public static MaterialView documents(Material m, List<DocumentView> documents, Long linkedPlanId) {
        if (documents.isEmpty() && linkedPlanId == null) {
            return view(
                    m,
                    Status.RED,
                    List.of(new Message(Level.ERROR, "尚未上传" + m.nameZh(), "No document uploaded for " + english(m))),
                    null,
                    null,
                    null,
                    null,
                    documents,
                    null);
        }
        return view(m, Status.GREEN, List.of(), null, null, null, null, documents, linkedPlanId);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }

    private static String english(Material m) {
        return m.code().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static MaterialView view(
            Material m,
            Status status,
            List<Message> messages,
            String text,
            Integer characters,
            Tolerance tolerance,
            Integer minCount,
            List<DocumentView> documents,
            Long linkedPlanId) {
        Citation c = m.citation();
        MaterialKind kind = m.kind();
        return new MaterialView(
                m.code(),
                m.nameZh(),
                m.ruleZh(),
                c.article(),
                c.uncertain(),
                c.noteZh(),
                kind,
                status,
                List.copyOf(messages),
                text,
                characters,
                tolerance,
                minCount,
                documents,
                linkedPlanId);
    }
}
