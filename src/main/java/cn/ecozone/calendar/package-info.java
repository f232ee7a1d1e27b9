/**
 * The working-day calendar: the State Council's holiday notices as data, deadlines counted in working
 * days with an explanation. Depends on the shared kernel only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar", allowedDependencies = "shared")
package cn.ecozone.calendar;
