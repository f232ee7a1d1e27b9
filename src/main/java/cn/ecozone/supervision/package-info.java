/**
 * Scheduled checks after the title (issue 13 §2): the on-site check when a title turns 2 (IM eco-civ
 * art. 19, IM Two Mountains art. 18) and the post-evaluation when it turns 3 (Guizhou art. 22), opened
 * on the day by a job from the regulation data's 满N年 rule and run on the procedure engine; each ends in a
 * conclusion ({@link cn.ecozone.supervision.CheckConcluded}), which the enforcement module turns into a
 * rectification order where problems were found (Guizhou art. 23). ADR 0035.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Supervision",
        allowedDependencies = {
            "shared",
            "regulation",
            "region",
            "title",
            "procedure",
            "indicator",
            "indicator :: editions",
            "project",
            "document",
            "archive"
        })
package cn.ecozone.supervision;
