/**
 * Typed indicator targets (指标目标值) and their evaluation, in the style of DHIS2's expression functions: one small
 * class per kind, free of Spring.
 *
 * <p>{@link cn.ecozone.indicator.target.TargetSpecs#parse} turns a spec map (as read from an edition's YAML or JSON)
 * into a {@link cn.ecozone.indicator.target.Target}; {@code evaluate(Facts)} gives an
 * {@link cn.ecozone.indicator.target.Outcome} (the verdict at once, its reason in words only when asked for: a
 * summary of many regions never renders it) and {@code describe(Facts)} the target as applied to the region. All
 * words are {@link cn.ecozone.indicator.target.Text} keys of {@code i18n/indicator_messages.properties} (Chinese, the
 * base bundle) and {@code indicator_messages_en.properties}. {@link cn.ecozone.indicator.target.Progress} classifies
 * progress toward dated targets with Open SDG's method.
 *
 * <p>Threshold wording follows 民法典 第1259条 (shared/domain/procedures.md §7.3): 以上/以下/不低于 include the bound,
 * 超过 excludes it.
 */
package cn.ecozone.indicator.target;
