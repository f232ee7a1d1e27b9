package cn.ecozone.registry.internal.kinds;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.registry.EcoQualityGrade;
import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.internal.RecordValues;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 国家重点生态功能区县域生态环境质量监测评价与考核 (IM eco-civ art. 11(五)): the year assessed and its
 * grade ({@link EcoQualityGrade}), for a county the region module marks as a key ecological function
 * area; the date the result was published (occurredOn; the source document's date when not given).
 */
@Component
class EcoQualityRules implements KindRules {

    static final List<String> GRADES =
            Arrays.stream(EcoQualityGrade.values()).map(Enum::name).toList();

    @Override
    public RegisterKind kind() {
        return RegisterKind.ECO_QUALITY;
    }

    @Override
    public RecordValues check(RegisterInput in, Region region, Common common, Checks checks) {
        if (region != null && (region.level() != RegionLevel.COUNTY || !region.keyEcologicalFunctionArea())) {
            checks.add("regionCode", "error.registry.not-key-area", region.name());
        }
        Integer year = checks.year("year", in.year());
        String grade = checks.oneOf("level", in.level(), GRADES, "registry.grade.");
        LocalDate published =
                checks.pastDate("occurredOn", in.occurredOn() != null ? in.occurredOn() : in.sourceDate());
        return common.values(kind(), null, published, year, grade, null, null, null, null, null, null, List.of());
    }
}
