import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  listEditions: vi.fn(),
}))
vi.mock('@/api/progress', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/progress')>()),
  getProgress: vi.fn(),
}))
vi.mock('@/api/region', () => ({
  listProvinces: vi.fn(),
  listChildren: vi.fn(),
  getRegion: vi.fn(),
  searchRegions: vi.fn(async () => []),
  listDescendants: vi.fn(),
  updateRegionAttributes: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as indicatorApi from '@/api/indicator'
import * as progressApi from '@/api/progress'
import type { Me } from '@/api/types'
import type { ProgressReport } from '@/api/progress'
import { buildMenu } from '@/router/access'
import { layoutChildren } from '@/router/routes'
import { ROLES } from '@/api/types'
import { i18n } from '@/locales'
import ProgressDashboardView from '@/views/indicator/ProgressDashboardView.vue'
import { createTestApp, makeMe, settle } from './helpers'
import { bim, progressReport } from './progressFixtures'
import { guizhou } from './indicatorFixtures'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

/** jsdom cannot draw: the chart records the option it was given. */
const EChartStub = defineComponent({
  name: 'EChart',
  props: { option: { type: Object, required: true }, height: { type: String, default: '' } },
  setup: (props) => () => h('div', { class: 'echart-stub', 'data-series': JSON.stringify(props.option.series) }),
})

const provinceStaff = makeMe('PROVINCE_STAFF', { region: { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' } })
const lastYear = Math.min(bim.lastYear, new Date().getFullYear() - 1)

beforeEach(() => {
  vi.mocked(indicatorApi.listEditions).mockResolvedValue([guizhou, bim])
})

async function mountDashboard(report: ProgressReport, me: Me = provinceStaff): Promise<VueWrapper> {
  vi.mocked(progressApi.getProgress).mockResolvedValue(report)
  const app = createTestApp(me)
  await app.router.push({ name: 'indicator-progress' })
  const wrapper = mount(ProgressDashboardView, {
    global: { plugins: app.plugins, stubs: { EChart: EChartStub, transition: false } },
    attachTo: document.body,
  })
  await settle()
  await flushPromises()
  return wrapper
}

describe('Beautiful Inner Mongolia dashboard', () => {
  it('is listed under 指标管理 for every business role but the expert, never for administrators', () => {
    for (const role of ROLES) {
      const item = buildMenu(layoutChildren, role).find((i) => i.name === 'indicator-progress')
      if (role === 'EXPERT' || role.endsWith('_ADMIN')) {
        expect(item, role).toBeUndefined()
        continue
      }
      expect(item, role).toBeDefined()
      expect(i18n.global.t(item?.title ?? '')).toBe('美丽内蒙古目标进展')
      expect(item?.group).toBe('menu.indicatorGroup')
    }
    expect(buildMenu(layoutChildren, null).some((i) => i.name === 'indicator-progress')).toBe(false)
  })

  it("asks for the region's progress from the edition's first year to last year", async () => {
    await mountDashboard(progressReport())
    expect(progressApi.getProgress).toHaveBeenCalledWith({
      edition: 'BIM-2024',
      region: '150000',
      baseYear: 2020,
      year: lastYear,
    })
  })

  it('opens on 内蒙古自治区 for an administrator and on its own league for league staff', async () => {
    const admin = await mountDashboard(progressReport(), makeMe('SYSTEM_ADMIN', { region: { code: '520000', name: '贵州省' } }))
    expect(progressApi.getProgress).toHaveBeenLastCalledWith(expect.objectContaining({ region: '150000' }))
    admin.unmount()
    await mountDashboard(progressReport({ regionCode: '152500', regionName: '锡林郭勒盟', rows: [] }), makeMe('PREFECTURE_STAFF'))
    expect(progressApi.getProgress).toHaveBeenLastCalledWith(expect.objectContaining({ region: '152500' }))
  })

  it('shows a card per dated target with its category as a coloured tag', async () => {
    const wrapper = await mountDashboard(progressReport())
    const tag = (code: string) => wrapper.get(`[data-testid="progress-category-${code}"]`)
    expect(tag('BIM-07').text()).toBe('达成')
    expect(tag('BIM-07').classes()).toEqual(expect.arrayContaining(['el-tag--success', 'el-tag--dark']))
    expect(tag('BIM-14').text()).toBe('进展顺利')
    expect(tag('BIM-14').classes()).toEqual(expect.arrayContaining(['el-tag--success', 'el-tag--light']))
    expect(tag('BIM-08').text()).toBe('需加快')
    expect(tag('BIM-08').classes()).toContain('el-tag--warning')
    expect(tag('BIM-13').text()).toBe('进展有限')
    expect(tag('BIM-16').text()).toBe('倒退')
    expect(tag('BIM-16').classes()).toContain('el-tag--danger')
    expect(tag('BIM-02').text()).toBe('无数据')
    expect(tag('BIM-02').classes()).toContain('el-tag--info')
  })

  it('shows the value against the target with unit and target year, and how it was computed', async () => {
    const wrapper = await mountDashboard(progressReport())
    const card = wrapper.get('[data-testid="progress-card-BIM-14"]').text()
    expect(card).toContain('细颗粒物（PM2.5）平均浓度')
    expect(card).toContain('目标：到2027年 ≤ 25微克/立方米')
    expect(card).toContain('越低越好')
    expect(card).toContain('基期值（2020年）')
    expect(card).toContain('30 微克/立方米')
    expect(card).toContain('现状值（2024年）')
    expect(card).toContain('27 微克/立方米')
    expect(card).toContain('目标值（2027年）')
    expect(card).toContain('25 微克/立方米')
    expect(card).toContain('原文：到2027年，全区细颗粒物平均浓度下降到25微克/立方米')
    expect(wrapper.get('[data-testid="progress-explanation-BIM-14"]').text()).toContain('判定为“进展顺利”')
    const noData = wrapper.get('[data-testid="progress-card-BIM-02"]').text()
    expect(noData).toContain('—')
    expect(noData).toContain('评估年度2024年无该指标数值')
  })

  it('marks demo data on the page and on the cards built on it', async () => {
    const demo = await mountDashboard(progressReport())
    expect(demo.get('[data-testid="progress-synthetic"]').text()).toBe('演示数据')
    expect(demo.get('[data-testid="progress-synthetic-BIM-16"]').text()).toBe('演示数据')
    expect(demo.find('[data-testid="progress-synthetic-BIM-14"]').exists()).toBe(false)
    demo.unmount()
    const real = await mountDashboard(
      progressReport({ synthetic: false, rows: progressReport().rows.map((r) => ({ ...r, synthetic: false })) }),
    )
    expect(real.find('[data-testid="progress-synthetic"]').exists()).toBe(false)
    expect(real.find('[data-testid="progress-synthetic-BIM-16"]').exists()).toBe(false)
  })

  it('sums up by category in tags and a bar chart, and filters the cards by a category', async () => {
    const wrapper = await mountDashboard(progressReport())
    expect(wrapper.get('[data-testid="progress-count-ACHIEVED"]').text()).toBe('达成 1')
    expect(wrapper.get('[data-testid="progress-count-NO_DATA"]').text()).toBe('无数据 1')
    const series = wrapper.get('[data-testid="progress-chart"] .echart-stub').attributes('data-series') ?? '[]'
    expect(JSON.parse(series)[0].data.map((d: { value: number }) => d.value)).toEqual([1, 1, 1, 1, 1, 1])

    await wrapper.get('[data-testid="progress-count-DETERIORATION"]').trigger('click')
    expect(wrapper.findAll('[data-testid^="progress-card-"]').map((c) => c.attributes('data-testid'))).toEqual([
      'progress-card-BIM-16',
    ])
    await wrapper.get('[data-testid="progress-show-all"]').trigger('click')
    expect(wrapper.findAll('[data-testid^="progress-card-"]')).toHaveLength(6)
  })

  it('says so when no dated target applies to the region', async () => {
    const wrapper = await mountDashboard(progressReport({ regionCode: '152502', regionName: '锡林浩特市', rows: [], synthetic: false }))
    expect(wrapper.get('[data-testid="progress-empty"]').text()).toContain('本地区没有适用的带完成年限的目标')
    expect(wrapper.find('[data-testid="progress-chart"]').exists()).toBe(false)
  })

  it('says so when the edition is not loaded', async () => {
    vi.mocked(indicatorApi.listEditions).mockResolvedValue([guizhou])
    const wrapper = await mountDashboard(progressReport())
    expect(wrapper.find('[data-testid="progress-no-edition"]').exists()).toBe(true)
    expect(progressApi.getProgress).not.toHaveBeenCalled()
  })
})
