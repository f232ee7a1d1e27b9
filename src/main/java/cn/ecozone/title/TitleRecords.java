package cn.ecozone.title;

import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.PageResult;
import cn.ecozone.title.internal.TitleEntity;
import cn.ecozone.title.internal.Titles;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Titles as the modules of the title's later life read them (issue 13): by id, by region and programme,
 * and those named in a span of days (the checks falling due). No data scope is applied here: callers
 * check the reader's scope against {@link TitleView#regionCode()} (or act as the platform, e.g. a job).
 */
@Service
@Transactional(readOnly = true)
public class TitleRecords {

    private final Titles titles;
    private final RegionManagement regions;
    private final TitleManagement management;

    TitleRecords(Titles titles, RegionManagement regions, TitleManagement management) {
        this.titles = titles;
        this.regions = regions;
        this.management = management;
    }

    /** Title {@code titleId}, if it exists. */
    public Optional<TitleView> find(long titleId) {
        return titles.findById(titleId)
                .map(t -> management.view(t, regions.require(t.regionCode()).name()));
    }

    /** The latest title of {@code regionCode} in {@code programme}, if it holds or held one. */
    public Optional<TitleView> ofRegion(String regionCode, Programme programme) {
        return titles.findFirstByRegionCodeAndProgrammeOrderByNamedOnDescIdDesc(regionCode, programme)
                .map(t -> management.view(t, regions.require(t.regionCode()).name()));
    }

    /**
     * One page of the titles not revoked that were named from {@code from} to {@code to} (both included),
     * oldest first: two statements whatever the page size.
     *
     * @param size at most 500
     */
    public PageResult<TitleView> namedBetween(LocalDate from, LocalDate to, int page, int size) {
        Page<TitleEntity> found =
                titles.namedBetween(from, to, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500)));
        Map<String, String> names = regions.names(
                found.getContent().stream().map(TitleEntity::regionCode).collect(Collectors.toSet()));
        return PageResult.of(found, t -> management.view(t, names.get(t.regionCode())));
    }
}
