/**
 * Administrative regions (province → prefecture → county, townships where the rules need them) with
 * their materialized paths and editable attributes, and the construction units of a region. Depends
 * on the shared kernel only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions", allowedDependencies = "shared")
package cn.ecozone.region;
