/**
 * The decisions of the paged table (components/PagedTable.vue), free of Vue: the page size a table
 * starts with (the one the user chose last time on this table, if still offered) and the request it sends.
 */

export const PAGE_SIZE_KEY_PREFIX = 'ecozone.pageSize.'

/**
 * What a paged table asks its page for: 0-based page (the API's), size and the trimmed search text;
 * `sort` the API's sort of the column the user sorted (`key` or `-key`), absent for the default order.
 */
export type PageRequest = { page: number; size: number; q: string; sort?: string }

type Reader = Pick<Storage, 'getItem'>
type Writer = Pick<Storage, 'setItem'>

/** The remembered size of the table `key` when it is one of `sizes`, else `fallback`; storage may be absent or refuse. */
export function readPageSize(storage: Reader | null, key: string | undefined, sizes: readonly number[], fallback: number): number {
  if (!storage || !key) return fallback
  try {
    const stored = Number.parseInt(storage.getItem(PAGE_SIZE_KEY_PREFIX + key) ?? '', 10)
    return sizes.includes(stored) ? stored : fallback
  } catch {
    return fallback
  }
}

/** Remembers the size chosen on the table `key`; a full or forbidden storage is ignored (the size still applies now). */
export function writePageSize(storage: Writer | null, key: string | undefined, size: number): void {
  if (!storage || !key) return
  try {
    storage.setItem(PAGE_SIZE_KEY_PREFIX + key, String(size))
  } catch {
    // private mode or quota: not remembering is harmless
  }
}

/** el-pagination counts pages from 1, the API from 0. */
export function pageRequest(currentPage: number, size: number, q: string, sort?: string): PageRequest {
  const request: PageRequest = { page: Math.max(currentPage, 1) - 1, size, q: q.trim() }
  if (sort) request.sort = sort
  return request
}

/** The browser's local storage, or null where there is none (tests, locked-down browsers). */
export function browserStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null
  } catch {
    return null
  }
}
