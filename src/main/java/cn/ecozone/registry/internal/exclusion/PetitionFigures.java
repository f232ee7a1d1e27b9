package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.registry.RegisterEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The closure and timely-handling rates of the petitions received in a window, as of its last day.
 * 办结率 = closed by the as-of date / received; 及时办理率 = closed by their due date / those due by the
 * as-of date. Rates are compared exactly (counts times 100 against the threshold times the base).
 */
record PetitionFigures(int received, int closed, int due, int timely, List<RegisterEntry> unclosed, List<RegisterEntry> late) {

    static PetitionFigures of(List<RegisterEntry> petitions, LocalDate asOf) {
        List<RegisterEntry> unclosed = petitions.stream()
                .filter(p -> p.closedOn() == null || p.closedOn().isAfter(asOf))
                .toList();
        List<RegisterEntry> dueBy = petitions.stream()
                .filter(p -> p.dueOn() != null && !p.dueOn().isAfter(asOf))
                .toList();
        List<RegisterEntry> late = dueBy.stream()
                .filter(p -> p.closedOn() == null || p.closedOn().isAfter(p.dueOn()))
                .toList();
        return new PetitionFigures(
                petitions.size(),
                petitions.size() - unclosed.size(),
                dueBy.size(),
                dueBy.size() - late.size(),
                unclosed,
                late);
    }

    boolean closureBelow(BigDecimal minPercent) {
        return below(closed, received, minPercent);
    }

    /** No petition due yet: nothing was handled late. */
    boolean timelyBelow(BigDecimal minPercent) {
        return due > 0 && below(timely, due, minPercent);
    }

    String closureText() {
        return rate(closed, received);
    }

    String timelyText() {
        return due == 0 ? "—（无到期案件）" : rate(timely, due);
    }

    List<ExclusionVerdict.Figure> figures() {
        return List.of(
                new ExclusionVerdict.Figure("受理件数", Integer.toString(received), "近3年受理的信访举报生态环境案件"),
                new ExclusionVerdict.Figure("办结率", closureText(), "截至提交申报之日已办结 / 受理"),
                new ExclusionVerdict.Figure("及时办理率", timelyText(), "在办理期限内（含当日）办结 / 截至提交申报之日已到期"));
    }

    private static boolean below(int part, int whole, BigDecimal minPercent) {
        return BigDecimal.valueOf(part * 100L).compareTo(minPercent.multiply(BigDecimal.valueOf(whole))) < 0;
    }

    private static String rate(int part, int whole) {
        if (whole == 0) {
            return "—";
        }
        BigDecimal pct = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return part + " / " + whole + " = " + pct.toPlainString() + " %";
    }
}
