package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Each category of domain fact is answered with one status, decided in one place (review s15 #12):
 * the problem handler and a batch's per-item outcome both ask {@link DomainFact#status}.
 */
class DomainFactStatusTest {

    @Test
    void everyCategoryHasItsOneStatus() {
        Map<DomainFact.Category, HttpStatus> statuses = new EnumMap<>(DomainFact.Category.class);
        for (DomainFact.Category c : DomainFact.Category.values()) {
            statuses.put(c, DomainFact.status(c));
        }
        assertThat(statuses)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        DomainFact.Category.REFUSED, HttpStatus.FORBIDDEN,
                        DomainFact.Category.CONFLICT, HttpStatus.CONFLICT,
                        DomainFact.Category.INVALID, HttpStatus.BAD_REQUEST,
                        DomainFact.Category.UNPROCESSABLE, HttpStatus.UNPROCESSABLE_CONTENT,
                        DomainFact.Category.NOT_FOUND, HttpStatus.NOT_FOUND,
                        DomainFact.Category.UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE));
    }
}
