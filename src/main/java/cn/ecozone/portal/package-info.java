/**
 * The public column (创建工作专栏) of each subject and programme: its promulgated plans, and the
 * progress, key work and results the subject publishes (IM eco-civ art. 8; IM Two Mountains art. 7),
 * readable by anybody without a login; and the public progress page of each titled area (issue 13 §7):
 * its confirmed indicator values of the years since naming (at most 5) against the targets, by progress
 * category, with the series for charts.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Portal",
        allowedDependencies = {"plan", "procedure", "region", "regulation", "document", "title", "indicator", "shared"})
package cn.ecozone.portal;
