/**
 * The registers (登记簿, issue 11 §1): inspection findings, incidents, sanctions, forest-resource cases,
 * petitions, key-task completion, county eco-quality assessments and monitoring-data falsification
 * cases, kept by province department staff (prefecture staff enter records of their prefecture, which
 * the province confirms), never deleted, only corrected with a reason. The records behind the
 * exclusions (IM eco-civ art. 11; IM Two Mountains art. 9(四); Guizhou art. 7(四)) and, later, behind
 * supervision (Guizhou art. 24).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Registers",
        allowedDependencies = {"shared", "region", "regulation", "document"})
package cn.ecozone.registry;
