import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/regulation', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/regulation')>()),
  getRegulation: vi.fn(),
  listRegulations: vi.fn(),
}))
vi.mock('@/api/region', () => ({ getRegion: vi.fn() }))

import * as regulationApi from '@/api/regulation'
import * as regionApi from '@/api/region'
import type { RegulationSummary } from '@/api/regulation'
import type { Me, RegionDetail } from '@/api/types'
import RegulationListView from '@/views/regulation/RegulationListView.vue'
import { createTestApp, makeMe, settle } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const published: RegulationSummary[] = [
  {
    code: 'GZ-TWOMTN-2021',
    version: 1,
    status: 'PUBLISHED',
    programme: 'TWO_MOUNTAINS_BASE',
    jurisdiction: '520000',
    inForce: '2021-03-31',
    titleZh: '贵州省“绿水青山就是金山银山”实践创新基地建设管理规程（试行）',
  },
  {
    code: 'IM-ECOCIV-2022',
    version: 1,
    status: 'PUBLISHED',
    programme: 'ECO_CIVILIZATION_ZONE',
    jurisdiction: '150000',
    inForce: '2022-07-11',
    titleZh: '内蒙古自治区创建国家生态文明建设示范区管理规程',
  },
]

const draft: RegulationSummary = {
  code: 'XL-TWOMTN',
  version: 1,
  status: 'DRAFT',
  programme: 'TWO_MOUNTAINS_AREA',
  jurisdiction: '152500',
  inForce: null,
  titleZh: '锡林郭勒盟“绿水青山就是金山银山”转化实践区建设活动管理规程（试行）（送审稿）',
}

const names: Record<string, string> = { '520000': '贵州省', '150000': '内蒙古自治区', '152500': '锡林郭勒盟' }

/** Mounts the list; `answer` is what GET /api/regulations sends to this user. */
async function mountList(me: Me | null, answer: RegulationSummary[]): Promise<VueWrapper> {
  vi.mocked(regulationApi.listRegulations).mockResolvedValue(answer)
  vi.mocked(regionApi.getRegion).mockImplementation(async (code) => ({ code, name: names[code] }) as RegionDetail)
  const app = createTestApp(me)
  await app.router.push({ name: 'regulations' })
  const wrapper = mount(RegulationListView, { global: { plugins: app.plugins } })
  await settle()
  await flushPromises()
  return wrapper
}

function rows(wrapper: VueWrapper): string[] {
  return wrapper.get('[data-testid="regulation-table"]').findAll('.el-table__body tr').map((r) => r.text())
}

describe('regulation list', () => {
  it('shows a logged-in user every regulation the server sends, the draft marked 草案，未正式印发', async () => {
    const wrapper = await mountList(makeMe('COUNTY_GOVERNMENT'), [...published, draft])
    expect(rows(wrapper)).toHaveLength(3)
    expect(wrapper.get('[data-testid="regulation-status-XL-TWOMTN"]').text()).toBe('草案，未正式印发')
    expect(wrapper.get('[data-testid="regulation-status-IM-ECOCIV-2022"]').text()).toBe('已发布')
    expect(wrapper.get('[data-testid="regulation-status-GZ-TWOMTN-2021"]').text()).toBe('已发布')
    const xilingol = rows(wrapper).find((r) => r.includes('送审稿'))
    expect(xilingol).toContain('“两山”转化实践区')
    expect(xilingol).toContain('锡林郭勒盟')
    expect(xilingol).toContain('未载明')
    expect(wrapper.text()).not.toContain('未登录时仅显示已正式发布的规程')
  })

  it('shows programme in Chinese, the jurisdiction by name, version and in-force date, and links to the detail', async () => {
    const wrapper = await mountList(null, published)
    expect(regionApi.getRegion).toHaveBeenCalledWith('150000')
    expect(regionApi.getRegion).toHaveBeenCalledWith('520000')
    const im = rows(wrapper).find((r) => r.includes('内蒙古自治区创建国家生态文明建设示范区管理规程'))
    expect(im).toContain('生态文明建设示范区')
    expect(im).toContain('内蒙古自治区')
    expect(im).toContain('第1版')
    expect(im).toContain('2022-07-11')
    expect(rows(wrapper).find((r) => r.includes('贵州省'))).toContain('“两山”实践创新基地')
    expect(wrapper.get('[data-testid="regulation-link-IM-ECOCIV-2022"]').attributes('href')).toBe('/regulations/IM-ECOCIV-2022')
    expect(wrapper.text()).toContain('未登录时仅显示已正式发布的规程')
  })

  it('shows the code when a region name cannot be resolved', async () => {
    vi.mocked(regulationApi.listRegulations).mockResolvedValue([published[1]!])
    vi.mocked(regionApi.getRegion).mockRejectedValue(new Error('down'))
    const app = createTestApp(null)
    await app.router.push({ name: 'regulations' })
    const wrapper = mount(RegulationListView, { global: { plugins: app.plugins } })
    await settle()
    await flushPromises()
    expect(rows(wrapper)[0]).toContain('150000')
  })
  it('lists the published v1 and a draft v2 of the same regulation apart, so the draft never hides the published version', async () => {
    const im = published.find((r) => r.code === 'IM-ECOCIV-2022')!
    const v2: RegulationSummary = { ...im, version: 2, status: 'DRAFT', inForce: null }
    const wrapper = await mountList(makeMe('COUNTY_GOVERNMENT'), [im, v2])
    const publishedRows = wrapper.get('[data-testid="regulation-published"]').findAll('.el-table__body tr')
    const draftRows = wrapper.get('[data-testid="regulation-drafts"]').findAll('.el-table__body tr')
    expect(publishedRows).toHaveLength(1)
    expect(publishedRows[0]!.text()).toContain('第1版')
    expect(draftRows).toHaveLength(1)
    expect(draftRows[0]!.text()).toContain('第2版')
    expect(wrapper.text()).toContain('已发布的版本')
    expect(wrapper.text()).toContain('草案（未正式印发）')
  })
})
