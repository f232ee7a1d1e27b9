/**
 * The title (称号, issue 12 §5): the subject's submission on the national platform with its receipt
 * (IM eco-civ art. 16), the naming recorded by the province (the Ministry's result, IM; the
 * department's designation, Guizhou art. 16), the title it gives (candidacy, programme, naming body
 * and document, date, validity from the pinned regulation) and the public list of titled areas. It
 * keeps the records the steps {@code NATIONAL_PLATFORM} ({@code PLATFORM_RECEIPT}) and
 * {@code MINISTRY_RESULT} / {@code DESIGNATE} ({@code NAMING_RECORDED}) require (ADR 0027).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Titles",
        allowedDependencies = {"shared", "region", "regulation", "candidacy", "dossier", "procedure", "document"})
package cn.ecozone.title;
