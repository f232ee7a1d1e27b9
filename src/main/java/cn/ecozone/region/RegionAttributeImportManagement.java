package cn.ecozone.region;

import cn.ecozone.region.internal.AttributeWorkbooks;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.ApiException.FieldError;
import cn.ecozone.shared.ListWorkbook;
import cn.ecozone.shared.UploadedWorkbooks;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Region attributes (terrain, grassland, coastal) for many regions at once from Excel (issue 14 §8):
 * a template of the regions in the province staff member's scope with their current values, and its
 * import with one reason. Every error is reported at once and nothing is saved if there is any; each
 * changed region is audited with the reason, as a single edit is.
 */
@Service
public class RegionAttributeImportManagement {

    /** An attribute sheet of a province's regions is small; more is not a region attribute workbook. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    /** How the import takes its upload: as every workbook import does (review s15 #3). */
    public static final UploadedWorkbooks.Terms UPLOAD =
            new UploadedWorkbooks.Terms("region", "attributes-", MAX_BYTES, "error.region.import.");

    private final RegionManagement regions;
    private final AttributeWorkbooks workbooks;
    private final Clock clock;

    RegionAttributeImportManagement(RegionManagement regions, AttributeWorkbooks workbooks, Clock clock) {
        this.regions = regions;
        this.workbooks = workbooks;
        this.clock = clock;
    }

    /** The template: the prefectures and counties under the actor's region, with their current attributes. */
    public void template(Actor actor, OutputStream out) throws IOException {
        Region own = regions.require(actor.regionCode());
        List<Region> listed = new ArrayList<>();
        for (Region prefecture : regions.descendants(own.code(), RegionLevel.PREFECTURE)) {
            listed.add(prefecture);
            listed.addAll(regions.children(prefecture.code()));
        }
        if (listed.isEmpty()) {
            listed.addAll(regions.descendants(own.code(), RegionLevel.COUNTY));
        }
        workbooks.template(
                listed,
                actor.displayName() + "（" + actor.organizationName() + "）",
                ListWorkbook.TIME.format(clock.instant()),
                out);
    }

    /** The outcome of an import: the rows read and the regions whose attributes changed. */
    public record Imported(int rows, int changed) {}

    /**
     * Imports a filled template. Preconditions: province department staff (the caller checks the role),
     * the workbook taken and checked by {@link UploadedWorkbooks} with {@link #UPLOAD} (size, content), a
     * reason; every region in the actor's scope.
     *
     * @throws ApiException 400 listing every error (row and column) or naming the reason; nothing is
     *     saved on any of them
     */
    public Imported importWorkbook(Path file, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("reason", "validation.reason.required");
        }
        if (reason.strip().length() > 500) {
            throw ApiException.invalid("reason", "error.region.import.reason-long", 500);
        }
        try {
            AttributeWorkbooks.Parsed parsed = workbooks.read(file);
            List<FieldError> errors = new ArrayList<>(parsed.errors());
            for (int i = 0; i < parsed.rows().size() && errors.size() < 200; i++) {
                RegionManagement.AttributeRow row = parsed.rows().get(i);
                try {
                    Region region = regions.require(row.code());
                    if (!actor.scope().includes(region.path())) {
                        errors.add(new FieldError(
                                "rows." + row.code(), "error.region.import.outside", new Object[] {row.code()}));
                    }
                } catch (ApiException unknown) {
                    errors.add(new FieldError(
                            "rows." + row.code(), "error.region.import.unknown", new Object[] {row.code()}));
                }
            }
            if (!errors.isEmpty()) {
                throw new ApiException(
                        HttpStatus.BAD_REQUEST,
                        "validation",
                        "error.region.import.invalid",
                        new Object[] {errors.size()},
                        errors);
            }
            int changed = regions.importAttributes(parsed.rows(), reason.strip(), actor);
            return new Imported(parsed.rows().size(), changed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
