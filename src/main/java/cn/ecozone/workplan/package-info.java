/**
 * Annual work plans (年度工作计划): a subject's yearly tasks, projects (from the key project library or
 * free text) and funds for a programme, optionally under the plan it implements (IM eco-civ art. 7), with
 * its document; filed with the body the regulation names (Xilingol art. 3: the league's committee
 * office), which returns it with a reason or acknowledges it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Annual work plans",
        allowedDependencies = {"plan", "procedure", "project", "regulation", "region", "document", "shared"})
package cn.ecozone.workplan;
