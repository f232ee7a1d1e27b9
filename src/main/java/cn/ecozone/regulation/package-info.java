/**
 * The rules of each programme and jurisdiction as versioned data files, validated at start-up and held
 * in memory; every rule cites its article.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Regulations",
        allowedDependencies = {"region", "calendar", "shared"})
package cn.ecozone.regulation;
