package cn.ecozone.review.internal;

import cn.ecozone.document.Upload;
import cn.ecozone.shared.ApiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The pool's Excel import: every row checked and every problem reported at once, nothing saved when
 * any row is wrong.
 */
@Component
public class ExpertTransfer {

    private final ExpertWorkbook workbook;
    private final ExpertChecks checks;

    ExpertTransfer(ExpertWorkbook workbook, ExpertChecks checks) {
        this.workbook = workbook;
        this.checks = checks;
    }

    /**
     * The checked details of the workbook's experts.
     *
     * @throws ApiException 400 with one field error per wrong cell ({@code 第N行.field}), or {@code file}
     *     when there is no expert; the workbook's own refusals (see {@link ExpertWorkbook#read})
     */
    public List<ExpertEntity.Details> read(Upload upload) {
        List<ExpertEntity.Details> ok = new ArrayList<>();
        List<ApiException.FieldError> problems = new ArrayList<>();
        for (ExpertWorkbook.ReadRow row : workbook.read(upload)) {
            Map<String, String> c = row.cells();
            ExpertChecks.Entered in = new ExpertChecks.Entered(
                    c.get("姓名"),
                    c.get("专业领域") == null
                            ? List.of()
                            : Arrays.stream(c.get("专业领域").split("[、,，;；]"))
                                    .map(String::strip)
                                    .filter(x -> !x.isEmpty())
                                    .toList(),
                    c.get("工作单位"),
                    c.get("单位所在地区代码"),
                    c.get("职称"),
                    c.get("联系方式"),
                    null);
            List<Runnable> each = List.of(
                    () -> ExpertChecks.required("name", in.name(), 100),
                    () -> ExpertChecks.required("organization", in.organization(), 200),
                    () -> ExpertChecks.fields(in.fields()),
                    () -> checks.region("orgRegionCode", in.orgRegionCode()),
                    () -> ExpertChecks.optional("title", in.title(), 100),
                    () -> ExpertChecks.optional("contact", in.contact(), 100),
                    () -> checks.details(in, null));
            int before = problems.size();
            for (Runnable check : each) {
                if (check == each.getLast() && problems.size() > before) {
                    break;
                }
                try {
                    check.run();
                } catch (ApiException e) {
                    String prefix = "第" + row.row() + "行.";
                    e.fieldErrors().stream()
                            .filter(f ->
                                    problems.stream().noneMatch(p -> p.field().equals(prefix + f.field())))
                            .forEach(f -> problems.add(
                                    new ApiException.FieldError(prefix + f.field(), f.messageKey(), f.args())));
                }
            }
            if (problems.size() == before) {
                ok.add(checks.details(in, null));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "review.import.invalid",
                    new Object[] {problems.size()},
                    problems);
        }
        if (ok.isEmpty()) {
            throw ApiException.invalid("file", "review.import.empty");
        }
        return ok;
    }
}
