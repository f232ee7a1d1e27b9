package cn.ecozone.region;

import cn.ecozone.region.internal.ConstructionUnitEntity;
import cn.ecozone.region.internal.ConstructionUnits;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.ListWorkbook;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The construction unit list with search, filters and order, and its Excel export (issue 14 §5, §6):
 * what the list shows is what the export writes, in the actor's scope.
 */
@Service
@Transactional(readOnly = true)
public class ConstructionUnitListing {

    /** The most rows one export writes. */
    public static final int EXPORT_LIMIT = 10_000;

    /** The sort keys, each with the entity property it orders by; the default is {@code region}. */
    static final Map<String, String> SORTS = Map.of(
            "region", "regionCode",
            "name", "name",
            "kind", "kind",
            "created", "createdAt");

    private final ConstructionUnits units;
    private final RegionManagement regions;
    private final Clock clock;

    ConstructionUnitListing(ConstructionUnits units, RegionManagement regions, Clock clock) {
        this.units = units;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * A page of the units in the actor's scope that match the filter, in its order: the page and its
     * count (region names from the cached tree).
     *
     * @throws cn.ecozone.shared.ApiException 400 naming {@code sort} for an unknown key
     */
    public PageResult<ConstructionUnit> list(ConstructionUnitFilter f, Actor actor, int page, int size) {
        return PageResult.of(find(f, actor, Paging.of(page, size, 100, sort(f.sort()))), this::toUnit);
    }

    /**
     * Every unit the list shows with this filter (up to {@value #EXPORT_LIMIT}) as an .xlsx workbook,
     * written for the controller, which records the export in the audit log through {@code WorkbookExports}.
     */
    public void export(ConstructionUnitFilter f, Actor actor, OutputStream out) throws IOException {
        Page<ConstructionUnitEntity> found = find(f, actor, PageRequest.of(0, EXPORT_LIMIT, sort(f.sort())));
        List<ConstructionUnit> rows =
                found.getContent().stream().map(this::toUnit).toList();
        ListWorkbook.write(
                "建设单元",
                List.of("行政区划代码", "行政区划名称", "名称", "类型", "说明", "创建时间"),
                rows,
                u -> Arrays.asList(
                        u.regionCode(),
                        u.regionName(),
                        u.name(),
                        kind(u.kind()),
                        u.description(),
                        u.createdAt() == null ? null : ListWorkbook.TIME.format(u.createdAt())),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(clock.instant()),
                        "导出人：" + actor.displayName(),
                        ListWorkbook.count("建设单元数", "个", rows.size(), found.getTotalElements()),
                        "筛选条件：" + conditions(f),
                        "范围：导出人数据范围内的建设单元，与列表所示一致"),
                out);
    }

    private Page<ConstructionUnitEntity> find(ConstructionUnitFilter f, Actor actor, PageRequest page) {
        boolean anyRegion = f.regionCode() == null || f.regionCode().isBlank();
        String filter =
                anyRegion ? "/%" : regions.require(f.regionCode().strip()).path() + "%";
        return units.filtered(
                actor.scope().pathPattern(),
                filter,
                anyRegion || !f.exact(),
                anyRegion ? "" : f.regionCode().strip(),
                f.kind(),
                Like.containing(f.query()),
                page);
    }

    private ConstructionUnit toUnit(ConstructionUnitEntity u) {
        return new ConstructionUnit(
                u.id(),
                u.regionCode(),
                regions.require(u.regionCode()).name(),
                u.name(),
                u.kind(),
                u.description(),
                u.version(),
                u.createdAt());
    }

    /** The whitelisted order, then region, name and id. */
    private static Sort sort(String asked) {
        ListSort s = ListSort.parse(asked, SORTS, "region");
        return Sort.by(s.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, s.expression())
                .and(Sort.by(Sort.Order.asc("regionCode"), Sort.Order.asc("name"), Sort.Order.asc("id")));
    }

    private static String conditions(ConstructionUnitFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.query() != null && !f.query().isBlank()) {
            parts.add("关键词“" + f.query().strip() + "”");
        }
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            parts.add("行政区划 " + f.regionCode().strip() + (f.exact() ? "（仅本级）" : " 及下级"));
        }
        if (f.kind() != null) {
            parts.add("类型 " + kind(f.kind()));
        }
        return parts.isEmpty() ? "无" : String.join("；", parts);
    }

    private static String kind(ConstructionUnitKind k) {
        return switch (k) {
            case WATERSHED -> "小流域";
            case PARK -> "园区";
            case VILLAGE -> "村（嘎查）";
            case OTHER -> "其他";
        };
    }
}
