import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import ExclusionsPanel from '@/components/ExclusionsPanel.vue'
import type { ExclusionReport, ExclusionVerdict } from '@/api/exclusions'
import { i18n } from '@/locales'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

function verdict(overrides: Partial<ExclusionVerdict>): ExclusionVerdict {
  return {
    code: 'DATA_FALSIFIED',
    textZh: '出现生态环境监测数据造假的',
    article: '第十一条（六）',
    outcome: 'CLEAR',
    explanationZh: '近3年未出现生态环境监测数据造假。',
    explanationEn: 'No monitoring-data falsification in the window.',
    records: [],
    figures: [],
    provinceSetting: false,
    uncertain: false,
    noteZh: null,
    ...overrides,
  }
}

const excludedByFalsification = verdict({
  outcome: 'EXCLUDED',
  explanationZh: '近3年出现生态环境监测数据造假1起。',
  records: [
    {
      recordId: 41,
      kind: 'DATA_FALSIFICATION',
      occurredOn: '2025-05-06',
      summary: '某站点监测数据造假',
      sourceNumber: '内环罚〔2025〕3号',
      sourceDate: '2025-05-20',
      sourceIssuer: '内蒙古自治区生态环境厅',
    },
  ],
})

const petitionsUnset = verdict({
  code: 'PETITIONS',
  textZh: '群众信访举报的生态环境案件未及时办理、办结率低的',
  article: '第十一条（四）',
  outcome: 'NEEDS_JUDGEMENT',
  explanationZh: '省级尚未设定“办结率低”“未及时办理”的数值界限，平台不作判断；请依据下列数据人工判断。',
  figures: [{ name: '2025年办结率', value: '12 / 15 = 80.0 %', noteZh: '已办结件数 / 受理件数（窗口内受理）' }],
  provinceSetting: true,
  uncertain: true,
  noteZh: '省级设定，非规程规定',
})

function report(verdicts: ExclusionVerdict[], overrides: Partial<ExclusionReport> = {}): ExclusionReport {
  return {
    regulationCode: 'IM-ECOCIV-2022',
    regulationVersion: 1,
    lookBackYears: 3,
    windowFrom: '2025-02-28',
    windowTo: '2028-02-29',
    windowTextZh: '近3年：自提交申报之日前3年的同一日（含）起。本次：2025年2月28日（含）至2028年2月29日（含）',
    article: '第十一条',
    silent: false,
    noteZh: null,
    verdicts,
    windowUncertain: true,
    windowNoteZh: '规程只写“近3年”',
    excluded: verdicts.some((v) => v.outcome === 'EXCLUDED'),
    needsJudgement: verdicts.some((v) => v.outcome === 'NEEDS_JUDGEMENT'),
    ...overrides,
  }
}

async function mountPanel(value: ExclusionReport | null) {
  const app = createTestApp(makeMe('COUNTY_GOVERNMENT'))
  await app.router.push({ name: 'home' })
  const wrapper = mount(ExclusionsPanel, { props: { report: value }, global: { plugins: app.plugins } })
  await settle()
  await flushPromises()
  return wrapper
}

describe('exclusions panel', () => {
  it('shows the window with its rule, and an excluding verdict in red with its article and its record as a link', async () => {
    const wrapper = await mountPanel(report([excludedByFalsification, petitionsUnset]))
    expect(wrapper.get('[data-testid="exclusions-window"]').text()).toContain('2025年2月28日（含）至2028年2月29日（含）')
    expect(wrapper.get('[data-testid="exclusions-summary"]').text()).toContain('不能提交申报')
    const item = wrapper.get('[data-testid="exclusion-DATA_FALSIFIED"]')
    expect(item.classes()).toContain('outcome-EXCLUDED')
    expect(item.text()).toContain('不得申报')
    expect(item.text()).toContain('第十一条（六）')
    expect(item.text()).toContain('近3年出现生态环境监测数据造假1起。')
    const link = wrapper.get('[data-testid="exclusion-record-41"]')
    expect(link.attributes('href')).toBe('/registers/DATA_FALSIFICATION/41')
    expect(item.text()).toContain('内环罚〔2025〕3号')
  })

  it('shows a threshold not yet set in amber with the figures and the note that it is the province\'s setting', async () => {
    const wrapper = await mountPanel(report([petitionsUnset]))
    expect(wrapper.get('[data-testid="exclusions-summary"]').text()).toContain('需要人工判断')
    const item = wrapper.get('[data-testid="exclusion-PETITIONS"]')
    expect(item.classes()).toContain('outcome-NEEDS_JUDGEMENT')
    expect(item.text()).toContain('需人工判断')
    expect(item.text()).toContain('省级设定')
    expect(wrapper.get('[data-testid="exclusion-figures-PETITIONS"]').text()).toContain('12 / 15 = 80.0 %')
  })

  it('shows all clear in green, the English explanation in English, and a silent regulation as such', async () => {
    i18n.global.locale.value = 'en'
    const clear = await mountPanel(report([verdict({})]))
    expect(clear.get('[data-testid="exclusions-summary"]').text()).toContain('No exclusion found')
    expect(clear.get('[data-testid="exclusion-DATA_FALSIFIED"]').text()).toContain('No monitoring-data falsification')
    i18n.global.locale.value = 'zh-CN'
    const silent = await mountPanel(
      report([], { silent: true, windowTextZh: null, noteZh: '本规程未规定排除情形。', regulationCode: 'XL-TWOMTN' }),
    )
    expect(silent.get('[data-testid="exclusions-silent"]').text()).toContain('本规程未规定排除情形。')
    expect(silent.find('[data-testid="exclusions-summary"]').exists()).toBe(false)
  })
})
