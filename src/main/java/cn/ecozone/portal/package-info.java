/**
 * The public column (创建工作专栏) of each subject and programme: its promulgated plans, and the
 * progress, key work and results the subject publishes (IM eco-civ art. 8; IM Two Mountains art. 7),
 * readable by anybody without a login; and the public progress page of each titled area (issue 13 §7):
 * its confirmed indicator values of the years since naming (at most 5) against the targets, by progress
 * category, with the series for charts. Items are reviewed before they are published (先审后发, issue 14 §7,
 * ADR 0046) and carry images and attachments; the public portal home gathers the public lists.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Portal",
        allowedDependencies = {
            "plan",
            "procedure",
            "region",
            "regulation",
            "document",
            "title",
            "indicator",
            "identity",
            "notification",
            "publicity",
            "shared"
        })
package cn.ecozone.portal;
