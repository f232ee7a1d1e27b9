import { ref, type Ref } from 'vue'
import type { Page } from '@/api/types'

/** The state of a public, paged list: its rows, total, 1-based page, and loading flag. */
export type PublicList<T> = {
  rows: Ref<T[]>
  total: Ref<number>
  page: Ref<number>
  loading: Ref<boolean>
  /** Loads the current page; a failed request shows an empty list (the public pages show no error box). */
  load: () => Promise<void>
  /** Back to the first page and load (a filter changed). */
  search: () => void
  /** Loads page {@code p} (1-based). */
  toPage: (p: number) => void
}

/**
 * The paging of the public lists (the case library, the titled areas): {@code fetch} gets a 0-based page of
 * {@code pageSize} rows with the caller's current filter.
 */
export function usePublicList<T>(fetch: (page: number, size: number) => Promise<Page<T>>, pageSize: number): PublicList<T> {
  const rows = ref<T[]>([]) as Ref<T[]>
  const total = ref(0)
  const page = ref(1)
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      const found = await fetch(page.value - 1, pageSize)
      rows.value = found.content
      total.value = found.totalElements
    } catch {
      rows.value = []
      total.value = 0
    } finally {
      loading.value = false
    }
  }

  function search(): void {
    page.value = 1
    void load()
  }

  function toPage(p: number): void {
    page.value = p
    void load()
  }

  return { rows, total, page, loading, load, search, toPage }
}
