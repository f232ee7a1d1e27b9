package cn.ecozone.region;

/**
 * What a province calls one of its administrative levels and that level's government (issue 14 §6:
 * labels follow the province's vocabulary), in Chinese and English. Region data (V110), not code.
 *
 * @param name e.g. 盟市 in Inner Mongolia, 市（州） in Guizhou
 * @param government e.g. 盟市人民政府（行政公署）, 市（州）人民政府
 */
public record LevelName(RegionLevel level, String nameZh, String nameEn, String governmentZh, String governmentEn) {}
