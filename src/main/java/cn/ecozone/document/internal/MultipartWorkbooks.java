package cn.ecozone.document.internal;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.Upload;
import cn.ecozone.document.WorkbookUpload;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.UploadedWorkbooks;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@link UploadedWorkbooks} by {@link MultipartBody} (the part streamed as it arrives, ADR 0021) and
 * {@link WorkbookUpload} (size limit and content check into the module's work folder), so that an
 * import of a module that may not depend on documents takes its workbook as the others do.
 */
@Component
class MultipartWorkbooks implements UploadedWorkbooks {

    private final Path workDir;

    MultipartWorkbooks(@Value("${ecozone.instance.work-dir}") Path workDir) {
        this.workDir = workDir;
    }

    @Override
    public Taken take(HttpServletRequest request, String field, Terms terms) {
        Map<String, String> fields = new HashMap<>();
        if (request.getQueryString() != null) {
            UriComponentsBuilder.newInstance()
                    .query(request.getQueryString())
                    .build()
                    .getQueryParams()
                    .keySet()
                    .forEach(name -> {
                        String value = MultipartBody.queryParameter(request, name);
                        if (value != null) {
                            fields.put(name, value);
                        }
                    });
        }
        Upload upload = MultipartBody.file(request, field, DataSize.ofBytes(terms.maxBytes()), fields);
        if (upload == null) {
            throw ApiException.invalid(field, terms.keyPrefix() + "empty");
        }
        Path file = WorkbookUpload.take(
                upload,
                new WorkbookUpload.Terms(
                        workDir.resolve(terms.folder()), terms.filePrefix(), terms.maxBytes(), terms.keyPrefix()));
        return new Taken(file, Map.copyOf(fields));
    }

    @Override
    public void delete(Path file) {
        WorkbookUpload.delete(file);
    }
}
