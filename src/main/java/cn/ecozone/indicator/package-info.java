/**
 * Indicator-system editions, typed targets, yearly values with their submission and confirmation,
 * scorecards, progress and the Excel round trip. Plans use its editions through the named interface
 * {@code editions}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Indicators",
        allowedDependencies = {"procedure", "region", "regulation", "document", "shared"})
package cn.ecozone.indicator;
