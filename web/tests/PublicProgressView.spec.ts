import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/publicProgress', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/publicProgress')>()),
  publicProgress: vi.fn(),
}))

import * as api from '@/api/publicProgress'
import type { ProgressRow, PublicProgress } from '@/api/publicProgress'
import { ApiError } from '@/utils/apiError'
import PublicProgressView from '@/views/portal/PublicProgressView.vue'
import { rowsOf, seriesOption, shownCategories } from '@/views/portal/publicProgressLogic'
import { createTestApp, settle } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

/** jsdom cannot draw: the chart records the option it was given. */
const EChartStub = defineComponent({
  name: 'EChart',
  props: { option: { type: Object, required: true }, height: { type: String, default: '' } },
  setup: (props) => () => h('div', { class: 'echart-stub', 'data-option': JSON.stringify(props.option) }),
})

function row(
  code: string,
  category: ProgressRow['category'],
  series: ProgressRow['series'],
  status: ProgressRow['status'] = 'NOT_MET',
): ProgressRow {
  return {
    code,
    number: 1,
    group: 'G1',
    name: code === 'GZ-05' ? '受污染耕地安全利用率' : '集中式饮用水水源地水质达标率',
    unit: '%',
    binding: 'REFERENCE',
    targetText: code === 'GZ-05' ? '>95%' : '100%',
    appliedTarget: code === 'GZ-05' ? '> 95%' : '= 100%',
    uncertain: false,
    status,
    category,
    categoryReason: '目标尚未达到；2023年至2024年向目标方向改善，需加快',
    series,
    environmentalQuality: false,
  }
}

const page: PublicProgress = {
  regionCode: '522731',
  regionName: '惠水县',
  subjectName: '惠水县人民政府',
  programme: 'TWO_MOUNTAINS_BASE',
  namingBodyZh: '贵州省生态环境厅',
  documentNumber: '黔环函〔2020〕99号',
  namedOn: '2020-03-01',
  titleState: 'EXPIRED',
  edition: 'GZ-2SZS-2021',
  indicatorsArticle: '第二十二条',
  uncertain: false,
  noteZh: null,
  progress: {
    edition: 'GZ-2SZS-2021',
    editionTitle: '贵州省“两山指数”评估指标体系',
    fromYear: 2022,
    toYear: 2026,
    confirmedYears: [2023, 2024],
    rows: [
      row('GZ-05', 'ACCELERATION_NEEDED', [
        { year: 2023, value: 92, flag: null, status: 'NOT_MET' },
        { year: 2024, value: 93, flag: null, status: 'NOT_MET' },
      ]),
      row(
        'GZ-02',
        'ACHIEVED',
        [
          { year: 2023, value: 100, flag: null, status: 'MET' },
          { year: 2024, value: 100, flag: null, status: 'MET' },
        ],
        'MET',
      ),
    ],
    synthetic: false,
  },
  categories: { ACHIEVED: 1, ON_TRACK: 0, ACCELERATION_NEEDED: 1, LIMITED_PROGRESS: 0, DETERIORATION: 0, NO_DATA: 0 },
  categoryOrder: ['ACHIEVED', 'ON_TRACK', 'ACCELERATION_NEEDED', 'LIMITED_PROGRESS', 'DETERIORATION', 'NO_DATA'],
}

async function mountPage(regionCode = '522731', programme = 'TWO_MOUNTAINS_BASE'): Promise<VueWrapper> {
  const app = createTestApp(null)
  await app.router.push({ name: 'public-progress', params: { regionCode }, query: { programme } })
  const wrapper = mount(PublicProgressView, { global: { plugins: app.plugins, stubs: { EChart: EChartStub, transition: false } } })
  await settle()
  await flushPromises()
  return wrapper
}

describe('public progress page', () => {
  it('opens without a login and groups the indicators by category with a chart of the confirmed years', async () => {
    vi.mocked(api.publicProgress).mockResolvedValue(page)
    const wrapper = await mountPage()
    expect(api.publicProgress).toHaveBeenCalledWith('522731', 'TWO_MOUNTAINS_BASE')
    expect(wrapper.text()).toContain('惠水县人民政府')
    expect(wrapper.text()).toContain('仅公开已确认年度的指标数值')
    const sections = wrapper.findAll('section.category').map((s) => s.attributes('data-testid'))
    expect(sections).toEqual(['category-ACHIEVED', 'category-ACCELERATION_NEEDED'])
    const farmland = wrapper.get('[data-testid="indicator-GZ-05"]')
    expect(farmland.text()).toContain('受污染耕地安全利用率')
    expect(farmland.text()).toContain('93')
    const option = JSON.parse(farmland.get('.echart-stub').attributes('data-option') ?? '{}')
    expect(option.xAxis.data).toEqual(['2023', '2024'])
    expect(option.series[0].data).toEqual([92, 93])
    expect(wrapper.get('[data-testid="public-progress-summary"]').text()).toContain('需加快 1')
  })

  it('says so for a region without the title (404)', async () => {
    vi.mocked(api.publicProgress).mockRejectedValue(
      new ApiError({ status: 404, code: 'not-found', title: null, detail: 'x', fieldErrors: {}, errors: [] }),
    )
    const wrapper = await mountPage('522730')
    expect(wrapper.get('[data-testid="public-progress-missing"]').text()).toContain('没有公开的建设进展')
  })

  it('shows the note, and no scorecard, where the regulation names no edition', async () => {
    vi.mocked(api.publicProgress).mockResolvedValue({ ...page, edition: null, progress: null, noteZh: '（县）建设指标尚未在平台中录入', categories: {} })
    const wrapper = await mountPage()
    expect(wrapper.text()).toContain('（县）建设指标尚未在平台中录入')
    expect(wrapper.find('section.category').exists()).toBe(false)
  })

  it('charts a year without a value as a gap, never as zero', () => {
    const gap = row('GZ-05', 'NO_DATA', [{ year: 2023, value: 92, flag: null, status: 'NOT_MET' }])
    const option = seriesOption(gap, [2023, 2024]) as { series: { data: (number | null)[] }[] }
    expect(option.series[0].data).toEqual([92, null])
    expect(shownCategories(page)).toEqual(['ACHIEVED', 'ACCELERATION_NEEDED'])
    expect(rowsOf(page.progress, 'ACHIEVED').map((r) => r.code)).toEqual(['GZ-02'])
  })
})
