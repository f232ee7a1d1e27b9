import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/title', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/title')>()),
  listPublicTitles: vi.fn(),
}))

import * as titleApi from '@/api/title'
import type { PublicTitle } from '@/api/title'
import PublicTitlesView from '@/views/title/PublicTitlesView.vue'
import { createTestApp, settle } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

function title(id: number): PublicTitle {
  return {
    subjectName: '余庆县',
    regionCode: '520329',
    regionName: '余庆县',
    programme: 'TWO_MOUNTAINS_BASE',
    namingBodyZh: '贵州省生态环境厅',
    documentNumber: `黔环函〔2026〕${id}号`,
    namedOn: '2026-10-28',
    validityYears: 3,
    validUntil: '2029-10-27',
    validityUncertain: true,
    validityNote: '规程规定有效期3年。',
    state: 'VALID',
  } as PublicTitle
}

describe('the public list of titled areas (shared public list layout)', () => {
  it('lists the titles with the platform header, and pages through the shared pagination', async () => {
    vi.mocked(titleApi.listPublicTitles).mockResolvedValue({ content: [title(1)], page: 0, size: 20, totalElements: 41 })
    const app = createTestApp(null)
    await app.router.push({ name: 'public-titles' })
    const wrapper = mount(PublicTitlesView, { global: { plugins: app.plugins } })
    await settle()
    await flushPromises()
    expect(wrapper.get('[data-testid="public-titles"] h2').text()).toBe('已命名的示范区和实践创新基地')
    const rows = wrapper.get('[data-testid="public-titles-table"]').findAll('.el-table__body tr')
    expect(rows).toHaveLength(1)
    expect(rows[0].text()).toContain('黔环函〔2026〕1号')
    expect(titleApi.listPublicTitles).toHaveBeenLastCalledWith(expect.objectContaining({ programme: null }), 0, 20)

    await wrapper.get('.el-pagination .btn-next').trigger('click')
    await settle()
    expect(titleApi.listPublicTitles).toHaveBeenLastCalledWith(expect.anything(), 1, 20)
  })
})
