/**
 * The candidacy (创建, issue 9 §2): a subject (a region, or a construction unit) × programme × the
 * pinned regulation version, and the province's candidate pool (储备库) it starts in. Its states move
 * on the aggregate (reserve → cultivating → planning → applying → titled; withdrawn or revoked with a
 * reason); its plans are linked when the plan module reports them. Province staff keep the pool of
 * their province, prefecture staff that of their prefecture; counties read their own.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Candidacies",
        allowedDependencies = {"shared", "region", "regulation", "plan"})
package cn.ecozone.candidacy;
