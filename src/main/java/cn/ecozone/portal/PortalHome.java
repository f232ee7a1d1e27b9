package cn.ecozone.portal;

import cn.ecozone.publicity.NoticeSummary;
import cn.ecozone.regulation.RegulationSummary;
import cn.ecozone.title.PublicTitle;
import java.time.Instant;
import java.util.List;

/**
 * The public portal home (issue 14 §7): what the public can already read, gathered on one page, each list
 * capped, nothing that is not public elsewhere.
 *
 * @param programmes the programmes (创建类型)
 * @param columns the subjects' columns with published items, most recently published first (at most {@link
 *     PortalHomes#MAX_COLUMNS})
 * @param notices the current publicity notices (at most {@link PortalHomes#MAX_LIST}), with their total
 * @param titles the titled areas, most recently named first (at most {@link PortalHomes#MAX_LIST}), with their
 *     total
 * @param regulations the published regulation versions
 */
public record PortalHome(
        List<String> programmes,
        List<HomeColumn> columns,
        List<NoticeSummary> notices,
        long noticeCount,
        List<PublicTitle> titles,
        long titleCount,
        List<RegulationSummary> regulations) {

    /** A subject's column for a programme: where it is, how many items it published, the latest when. */
    public record HomeColumn(String regionCode, String regionName, String programme, long items, Instant latest) {}
}
