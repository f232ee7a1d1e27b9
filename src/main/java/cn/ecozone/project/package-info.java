/**
 * The key project library (重点项目库, Xilingol art. 3): a subject's key projects per programme with
 * content, investor, investment, expected benefits, transformation mode and status, updated at any time
 * by the subject, every change kept in a history (field, old → new, who, when, why), and an Excel
 * export. Annual work plans refer to its projects by id. A plan's key projects come in as records linked
 * to the plan and its row (event {@code PlanKeyProjectsSetOut}, issue 14 §8).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Key project library",
        allowedDependencies = {"plan", "procedure", "region", "regulation", "shared"})
package cn.ecozone.project;
