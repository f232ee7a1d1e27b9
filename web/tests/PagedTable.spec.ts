import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { defineComponent, h, reactive } from 'vue'
import { ElTableColumn } from 'element-plus'
import type { Page } from '@/api/types'
import PagedTable from '@/components/PagedTable.vue'
import { PAGE_SIZE_KEY_PREFIX, pageRequest, readPageSize, writePageSize, type PageRequest } from '@/components/pagedTableLogic'
import { createTestApp, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

type Row = { id: number; name: string }

function pageOf(rows: Row[], totalElements = rows.length): Page<Row> {
  return { content: rows, page: 0, size: 20, totalElements }
}

/** A page with a status filter of its own, the table's search box and a create button. */
function mountTable(fetch: (request: PageRequest) => Promise<Page<Row>>, storageKey?: string) {
  const app = createTestApp(null, false)
  const filters = reactive({ status: '' })
  const onReset = vi.fn(() => (filters.status = ''))
  const Page = defineComponent({
    setup() {
      return () =>
        h(
          PagedTable<Row>,
          { fetch, testid: 'things', searchable: true, resettable: true, storageKey, onReset },
          {
            filters: () => h('span', { 'data-testid': 'status-filter' }, filters.status),
            actions: () => h('button', { 'data-testid': 'create' }, '新增'),
            default: () => [h(ElTableColumn, { prop: 'name', label: '名称' })],
          },
        )
    },
  })
  const wrapper = mount(Page, { global: { plugins: app.plugins }, attachTo: document.body })
  return { wrapper, filters, onReset }
}

async function done(): Promise<void> {
  await settle()
  await flushPromises()
}

describe('paged table logic', () => {
  it('starts with the size remembered for this table when it is still offered', () => {
    localStorage.setItem(`${PAGE_SIZE_KEY_PREFIX}users`, '50')
    expect(readPageSize(localStorage, 'users', [10, 20, 50], 20)).toBe(50)
    expect(readPageSize(localStorage, 'users', [10, 20], 20)).toBe(20)
    expect(readPageSize(localStorage, 'audit', [10, 20, 50], 20)).toBe(20)
    expect(readPageSize(localStorage, undefined, [10, 20, 50], 20)).toBe(20)
    expect(readPageSize(null, 'users', [10, 20, 50], 20)).toBe(20)
    localStorage.setItem(`${PAGE_SIZE_KEY_PREFIX}users`, 'many')
    expect(readPageSize(localStorage, 'users', [10, 20, 50], 20)).toBe(20)
  })

  it('remembers a size, and shrugs off a storage that refuses', () => {
    writePageSize(localStorage, 'users', 100)
    expect(localStorage.getItem(`${PAGE_SIZE_KEY_PREFIX}users`)).toBe('100')
    const refusing = { setItem: () => { throw new Error('quota') } }
    expect(() => writePageSize(refusing, 'users', 10)).not.toThrow()
  })

  it('asks the API for 0-based pages with the search text trimmed', () => {
    expect(pageRequest(1, 20, '  锡林 ')).toEqual({ page: 0, size: 20, q: '锡林' })
    expect(pageRequest(3, 50, '')).toEqual({ page: 2, size: 50, q: '' })
    expect(pageRequest(0, 50, '')).toEqual({ page: 0, size: 50, q: '' })
  })
})

describe('paged table', { timeout: 20_000 }, () => {
  it('loads the first page at once and shows rows, total and the page slots', async () => {
    const fetch = vi.fn().mockResolvedValue(pageOf([{ id: 1, name: '锡林浩特市' }], 41))
    const { wrapper } = mountTable(fetch)
    await done()
    expect(fetch).toHaveBeenCalledWith({ page: 0, size: 20, q: '' })
    expect(wrapper.get('[data-testid="things"]').text()).toContain('锡林浩特市')
    expect(wrapper.findComponent({ name: 'ElPagination' }).props('total')).toBe(41)
    expect(wrapper.find('[data-testid="create"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="status-filter"]').exists()).toBe(true)
  })

  it('shows the empty state when nothing matches, and after a failed load', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(pageOf([])).mockRejectedValueOnce(new Error('down'))
    const { wrapper } = mountTable(fetch)
    await done()
    expect(wrapper.get('[data-testid="paged-empty"]').text()).toContain('暂无数据')
    await wrapper.get('[data-testid="things-search"]').trigger('click')
    await done()
    expect(wrapper.find('[data-testid="paged-empty"]').exists()).toBe(true)
    expect(wrapper.findComponent({ name: 'ElPagination' }).props('total')).toBe(0)
  })

  it('searches from the first page with the typed text, and reset clears text and filters', async () => {
    const fetch = vi.fn().mockResolvedValue(pageOf([{ id: 1, name: 'a' }], 100))
    const { wrapper, filters, onReset } = mountTable(fetch)
    await done()
    await wrapper.get('.el-pager li:nth-child(3)').trigger('click')
    await done()
    expect(fetch).toHaveBeenLastCalledWith({ page: 2, size: 20, q: '' })

    const box = wrapper.get('[data-testid="paged-search-input"]')
    await (box.element.tagName === 'INPUT' ? box : box.get('input')).setValue(' 旗 ')
    await wrapper.get('[data-testid="things-search"]').trigger('click')
    await done()
    expect(fetch).toHaveBeenLastCalledWith({ page: 0, size: 20, q: '旗' })

    filters.status = 'OPEN'
    await wrapper.get('[data-testid="paged-reset"]').trigger('click')
    await done()
    expect(onReset).toHaveBeenCalledTimes(1)
    expect(filters.status).toBe('')
    expect(fetch).toHaveBeenLastCalledWith({ page: 0, size: 20, q: '' })
  })

  it('shows the loading state while a page is on its way', async () => {
    let answer: (page: Page<Row>) => void = () => {}
    const fetch = vi.fn().mockReturnValue(new Promise<Page<Row>>((resolve) => (answer = resolve)))
    const { wrapper } = mountTable(fetch)
    await settle()
    expect(wrapper.find('.el-loading-mask').exists()).toBe(true)
    answer(pageOf([{ id: 1, name: 'a' }]))
    await done()
    await vi.waitFor(() => expect(wrapper.find('.el-loading-mask').exists()).toBe(false))
  })

  it('starts with the remembered page size and remembers a new choice', async () => {
    localStorage.setItem(`${PAGE_SIZE_KEY_PREFIX}things`, '50')
    const fetch = vi.fn().mockResolvedValue(pageOf([]))
    const { wrapper } = mountTable(fetch, 'things')
    await done()
    expect(fetch).toHaveBeenCalledWith({ page: 0, size: 50, q: '' })
    const pagination = wrapper.findComponent({ name: 'ElPagination' })
    pagination.vm.$emit('update:page-size', 100)
    pagination.vm.$emit('size-change', 100)
    await done()
    expect(localStorage.getItem(`${PAGE_SIZE_KEY_PREFIX}things`)).toBe('100')
    expect(fetch).toHaveBeenLastCalledWith({ page: 0, size: 100, q: '' })
  })
})
