package cn.ecozone.regulation;

/**
 * Where a rule comes from. {@code article} is the article (条) of the regulation, e.g. {@code 第六条};
 * it is {@code null} only when {@code silent}: the source says nothing on the point, and {@code noteZh}
 * says so. {@code uncertain} marks a reading the source does not settle; {@code noteZh} explains it.
 */
public record Citation(String article, boolean uncertain, boolean silent, String noteZh) {}
