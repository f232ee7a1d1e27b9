package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportFiltersTest {

    @Test
    void describesTheDeclaredFiltersInOrderLeavingOutEmptyOnes() {
        ExportFilters filters = ExportFilters.none()
                .with("q", " 草原 ")
                .with("state", null)
                .with("region", "")
                .with("year", 2031)
                .with("overdue", false);

        assertThat(filters.describe()).isEqualTo("q=草原; year=2031; overdue=false");
    }

    @Test
    void cutsALongValueSoThatTheOtherFiltersStayInTheRecord() {
        String described = ExportFilters.none()
                .with("q", "x".repeat(5_000))
                .with("year", 2031)
                .describe();

        assertThat(described).hasSizeLessThan(ExportFilters.MAX_VALUE + 20).endsWith("…; year=2031");
    }

    @Test
    void addingAFilterLeavesTheFirstUnchanged() {
        ExportFilters first = ExportFilters.none().with("q", "a");
        first.with("year", 2031);

        assertThat(first.describe()).isEqualTo("q=a");
    }
}
