package cn.ecozone.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The page a list request may ask for: the size clamped to 1..{@code maxSize}, the page to 0 and to
 * the last page whose offset still fits an int, so that no page number a client sends ends in a 500.
 */
public final class Paging {

    private Paging() {}

    public static PageRequest of(int page, int size, int maxSize) {
        return of(page, size, maxSize, Sort.unsorted());
    }

    public static PageRequest of(int page, int size, int maxSize, Sort sort) {
        int pageSize = Math.clamp(size, 1, maxSize);
        return PageRequest.of(Math.clamp(page, 0, Integer.MAX_VALUE / pageSize - 1), pageSize, sort);
    }
}
