package cn.ecozone.dossier;

import cn.ecozone.support.Browser;
import cn.ecozone.support.TestFiles;
import tools.jackson.databind.JsonNode;

/**
 * Fills and submits a dossier as {@link DossierTestSteps#complete} does, reading the dossier again before each
 * write so that each carries the version the server holds (written while a write's answer could still
 * name the version before the check it recorded; kept because it makes no assumption about answers).
 */
final class FreshSteps {

    private FreshSteps() {}

    static JsonNode fresh(Browser who, JsonNode d) {
        return DossierTestSteps.ok(who.get(DossierTestSteps.path(d)));
    }

    static JsonNode completeAndSubmit(Browser subject, JsonNode d) {
        for (JsonNode m : d.get("materials")) {
            String code = m.get("code").asString();
            switch (m.get("kind").asString()) {
                case "TEXT" ->
                    DossierTestSteps.ok(DossierTestSteps.text(
                            subject,
                            fresh(subject, d),
                            code,
                            "生".repeat(m.get("tolerance").get("target").asInt())));
                case "PHOTOS" -> {
                    for (int i = 0; i < m.get("minCount").asInt(); i++) {
                        DossierTestSteps.ok(DossierTestSteps.upload(
                                subject,
                                fresh(subject, d),
                                code,
                                "photo" + i + ".png",
                                TestFiles.image("png", 40 + i, 30)));
                    }
                }
                default ->
                    DossierTestSteps.ok(
                            DossierTestSteps.upload(subject, fresh(subject, d), code, code + ".pdf", TestFiles.PDF));
            }
        }
        for (JsonNode c : d.get("eligibility")) {
            DossierTestSteps.ok(DossierTestSteps.answer(
                    subject, fresh(subject, d), c.get("code").asString(), "经自查符合本项条件（测试答复）"));
        }
        return DossierTestSteps.ok(DossierTestSteps.submit(subject, fresh(subject, d)));
    }
}
