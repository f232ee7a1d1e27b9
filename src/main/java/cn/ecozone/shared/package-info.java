/**
 * Shared kernel: the few types every module needs (roles, the acting user, data scope, audited
 * changes, API errors, the strict YAML reader of data files in {@code yaml}) and the web plumbing
 * that turns errors into RFC 9457 problem responses. It depends on no other module.
 */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        displayName = "Shared kernel",
        allowedDependencies = {})
package cn.ecozone.shared;

import org.springframework.modulith.ApplicationModule;
