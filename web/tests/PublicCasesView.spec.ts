import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/cases', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/cases')>()),
  listPublicCases: vi.fn(),
  listCaseCollections: vi.fn(),
  getPublicCase: vi.fn(),
}))

import * as casesApi from '@/api/cases'
import { ApiError } from '@/utils/apiError'
import PublicCasesView from '@/views/cases/PublicCasesView.vue'
import PublicCaseView from '@/views/cases/PublicCaseView.vue'
import { createTestApp, settle } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const summary = {
  id: 9,
  title: '正蓝旗草原生态畜牧业',
  regionCode: '152530',
  regionName: '正蓝旗',
  unitName: '上都镇',
  path: 'ECOLOGICAL_INDUSTRIALIZATION' as const,
  year: 2026,
  publishedAt: '2026-05-01T02:00:00Z',
}

describe('the public case library', () => {
  it('opens without a login, lists the published cases and the collections, and filters by path', async () => {
    vi.mocked(casesApi.listPublicCases).mockResolvedValue({ content: [summary], page: 0, size: 20, totalElements: 1 })
    vi.mocked(casesApi.listCaseCollections).mockResolvedValue({
      content: [{ id: 4, officeRegionCode: '152500', officeRegionName: '锡林郭勒盟', year: 2026, caseCount: 3, generatedAt: '2026-12-01T02:00:00Z' }],
      page: 0,
      size: 50,
      totalElements: 1,
    })
    const app = createTestApp(null)
    await app.router.push({ name: 'public-cases' })
    const wrapper = mount(PublicCasesView, { global: { plugins: app.plugins } })
    await settle()
    await flushPromises()
    const rows = wrapper.get('[data-testid="public-cases-table"]').findAll('.el-table__body tr')
    expect(rows).toHaveLength(1)
    expect(rows[0].text()).toContain('正蓝旗草原生态畜牧业')
    expect(rows[0].text()).toContain('生态产业化')
    const collection = wrapper.get('[data-testid="public-case-collections"] a')
    expect(collection.attributes('href')).toBe('/api/public/case-collections/4/document')
    expect(collection.text()).toContain('锡林郭勒盟2026年典型案例集')

    await wrapper.get('[data-testid="public-cases-q"]').setValue('草原')
    await wrapper.get('[data-testid="public-cases-search"]').trigger('click')
    await settle()
    expect(casesApi.listPublicCases).toHaveBeenLastCalledWith(expect.objectContaining({ q: '草原' }), 0, 20)
  })

  it('shows a published case with its figures, photos and the link to the region’s indicator page', async () => {
    vi.mocked(casesApi.getPublicCase).mockResolvedValue({
      ...summary,
      story: '以草定畜，发展生态畜牧业。',
      results: [{ label: '牧民人均增收', value: 1.25, unit: '万元' }],
      photoIds: [77],
      progressLink: '/public/progress/152530',
    })
    const app = createTestApp(null)
    await app.router.push({ name: 'public-case', params: { id: 9 } })
    const wrapper = mount(PublicCaseView, { global: { plugins: app.plugins } })
    await settle()
    await flushPromises()
    expect(casesApi.getPublicCase).toHaveBeenCalledWith(9)
    expect(wrapper.get('[data-testid="public-case-title"]').text()).toBe('正蓝旗草原生态畜牧业')
    expect(wrapper.get('[data-testid="public-case-story"]').text()).toContain('以草定畜')
    expect(wrapper.get('[data-testid="public-case-results"]').text()).toContain('1.25')
    expect(wrapper.html()).toContain('/api/public/cases/9/photos/77')
    expect(wrapper.get('[data-testid="public-case-progress"]').attributes('href')).toBe('/public/progress/152530')
  })

  it('says a case is not there when the server answers 404', async () => {
    vi.mocked(casesApi.getPublicCase).mockRejectedValue(
      new ApiError({ status: 404, code: 'case-not-found', title: null, detail: '典型案例不存在', fieldErrors: {} }),
    )
    const app = createTestApp(null)
    await app.router.push({ name: 'public-case', params: { id: 5 } })
    const wrapper = mount(PublicCaseView, { global: { plugins: app.plugins } })
    await settle()
    await flushPromises()
    expect(wrapper.text()).toContain('案例不存在或尚未发布')
  })
})
