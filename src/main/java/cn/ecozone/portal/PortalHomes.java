package cn.ecozone.portal;

import cn.ecozone.portal.internal.ColumnCount;
import cn.ecozone.portal.internal.ColumnItems;
import cn.ecozone.publicity.NoticeSummary;
import cn.ecozone.publicity.PublicNotices;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.PageResult;
import cn.ecozone.title.PublicTitle;
import cn.ecozone.title.TitleFilter;
import cn.ecozone.title.TitleManagement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the public portal home (issue 14 §7): the programmes, the columns with published items, the
 * current publicity notices, the titled areas and the published regulations, from the public lists of the
 * modules that own them. Each list is capped, so the statements do not grow with the data.
 */
@Service
@Transactional(readOnly = true)
public class PortalHomes {

    /** At most so many columns on the home page. */
    public static final int MAX_COLUMNS = 50;

    /** At most so many notices and titles on the home page (each list links to its full page). */
    public static final int MAX_LIST = 10;

    private final ColumnItems items;
    private final RegionManagement regions;
    private final PublicNotices notices;
    private final TitleManagement titles;
    private final RegulationManagement regulations;

    PortalHomes(
            ColumnItems items,
            RegionManagement regions,
            PublicNotices notices,
            TitleManagement titles,
            RegulationManagement regulations) {
        this.items = items;
        this.regions = regions;
        this.notices = notices;
        this.titles = titles;
        this.regulations = regulations;
    }

    /** The home page, for anybody. */
    public PortalHome home() {
        List<ColumnCount> counts = items.columns(PageRequest.of(0, MAX_COLUMNS));
        Map<String, String> names = regions.names(
                counts.stream().map(ColumnCount::regionCode).distinct().toList());
        List<PortalHome.HomeColumn> columns = counts.stream()
                .map(c -> new PortalHome.HomeColumn(
                        c.regionCode(),
                        names.getOrDefault(c.regionCode(), c.regionCode()),
                        c.programme(),
                        c.items(),
                        c.latest()))
                .toList();
        PageResult<NoticeSummary> current = notices.index(true, null, 0, MAX_LIST);
        PageResult<PublicTitle> titled = titles.publicList(new TitleFilter(null, null, null, null), 0, MAX_LIST);
        return new PortalHome(
                Arrays.stream(Programme.values()).map(Programme::name).toList(),
                columns,
                current.content(),
                current.totalElements(),
                titled.content(),
                titled.totalElements(),
                regulations.versions(false));
    }
}
