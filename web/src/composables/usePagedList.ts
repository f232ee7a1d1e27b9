import { ref, shallowRef } from 'vue'
import type { Page } from '@/api/types'

/** State of a server-paged table: `page` is 1-based for el-pagination, the API's is 0-based. */
export function usePagedList<T>(fetchPage: (page: number, size: number) => Promise<Page<T>>, pageSize = 20) {
  const rows = shallowRef<T[]>([])
  const total = ref(0)
  const page = ref(1)
  const size = ref(pageSize)
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      const result = await fetchPage(page.value - 1, size.value)
      rows.value = result.content
      total.value = result.totalElements
    } catch {
      rows.value = []
      total.value = 0
    } finally {
      loading.value = false
    }
  }

  /** Back to the first page (after the filters changed) and load. */
  function search(): Promise<void> {
    page.value = 1
    return load()
  }

  return { rows, total, page, size, loading, load, search }
}
