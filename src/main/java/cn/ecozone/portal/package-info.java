/**
 * The public column (创建工作专栏) of each subject and programme: its promulgated plans, and the
 * progress, key work and results the subject publishes (IM eco-civ art. 8; IM Two Mountains art. 7),
 * readable by anybody without a login.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Portal",
        allowedDependencies = {"plan", "procedure", "region", "regulation", "document", "shared"})
package cn.ecozone.portal;
