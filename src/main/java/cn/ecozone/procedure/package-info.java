/**
 * Regulated procedures (ADR 0010): a run of a definition taken from the regulation data (or fixed in
 * code) belongs to a subject record; its steps open tasks for the actors the rules name; act, return
 * with reason, withdraw and cancel are guarded by role, data scope, task state and version; every act
 * is kept in one timeline with the documents the step saw; periods register deadlines.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Regulated procedures",
        allowedDependencies = {"shared", "regulation", "region", "calendar", "deadline", "identity"})
package cn.ecozone.procedure;
