package cn.ecozone.identity.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.Upload;
import cn.ecozone.identity.AccountTransferManagement;
import cn.ecozone.identity.OrganizationImportManagement;
import cn.ecozone.identity.UserFilter;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.ExportFilters;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The user and organization lists as Excel workbooks, and the import of users (issue 14 §6). The
 * exports take the lists' filters; the import takes the workbook as the part {@code file} and the
 * initial password as the field {@code initialPassword} before it (never in the query string).
 */
@RestController
class AccountWorkbookController {

    private final AccountTransferManagement transfer;
    private final OrganizationImportManagement organizationImport;
    private final WorkbookExports exports;

    AccountWorkbookController(
            AccountTransferManagement transfer,
            OrganizationImportManagement organizationImport,
            WorkbookExports exports) {
        this.exports = exports;
        this.transfer = transfer;
        this.organizationImport = organizationImport;
    }

    @PostMapping("/api/organizations/import")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    Map<String, Object> importOrganizations(HttpServletRequest request) {
        Upload file = MultipartBody.file(request, "file", DataSize.ofMegabytes(5));
        if (file == null) {
            throw ApiException.invalid("file", "identity.import.empty-organizations");
        }
        return Map.of("saved", organizationImport.importOrganizations(file, CurrentActor.require()));
    }

    @GetMapping("/api/users/export")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    void exportUsers(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean enabled,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Long organization,
            HttpServletResponse response)
            throws IOException {
        UserFilter filter = new UserFilter(q, role, enabled, region, organization);
        // personal data in bulk: audited with its filters before any byte leaves (issue 14 §5)
        exports.export(
                response,
                "User:export",
                ExportFilters.none()
                        .with("q", q)
                        .with("role", role)
                        .with("enabled", enabled)
                        .with("region", region)
                        .with("organization", organization),
                "用户.xlsx",
                out -> transfer.exportUsers(filter, CurrentActor.require(), out));
    }

    @GetMapping("/api/organizations/export")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    void exportOrganizations(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String q,
            HttpServletResponse response)
            throws IOException {
        exports.export(
                response,
                "Organization:export",
                ExportFilters.none().with("q", q).with("region", region),
                "机构.xlsx",
                out -> transfer.exportOrganizations(region, q, CurrentActor.require(), out));
    }

    @PostMapping("/api/users/import")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    Map<String, Object> importUsers(HttpServletRequest request) {
        Map<String, String> fields = new HashMap<>();
        Upload file = MultipartBody.file(request, "file", DataSize.ofMegabytes(5), fields);
        if (file == null) {
            throw ApiException.invalid("file", "identity.import.empty");
        }
        return Map.of("saved", transfer.importUsers(file, fields.get("initialPassword"), CurrentActor.require()));
    }
}
