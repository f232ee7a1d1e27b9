/**
 * Stored files: type detected by content and proved by parsing, size-limited, SHA-256 names, atomic
 * writes, the orphan sweep; publishes {@link cn.ecozone.document.DocumentRead} (named interface {@code
 * events}) when a stored document is read. Depends on the shared kernel only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = "shared")
package cn.ecozone.document;
