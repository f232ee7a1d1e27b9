import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/grading', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/grading')>()),
  evaluationsOfYear: vi.fn(),
  getEvaluation: vi.fn(),
  gradeEvaluation: vi.fn(),
  generateReport: vi.fn(),
  latestReport: vi.fn(),
  downloadReport: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as api from '@/api/grading'
import type { EvaluationView, YearView } from '@/api/grading'
import type { RegionRef, Role } from '@/api/types'
import AnnualEvaluationView from '@/views/grading/AnnualEvaluationView.vue'
import { bandOf } from '@/views/grading/gradingLogic'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const BANDS = [
  { code: 'EXCELLENT', nameZh: '优秀', minScore: 90 },
  { code: 'GOOD', nameZh: '良好', minScore: 80 },
  { code: 'FAIR', nameZh: '中', minScore: 70 },
  { code: 'PASS', nameZh: '合格', minScore: 60 },
  { code: 'FAIL', nameZh: '不合格', minScore: 0 },
]
const NOTE = '第10条规定评估结果分等次评定，未规定等次名称和分数线。待盟生态环境保护委员会办公室确认。'

function year(): YearView {
  return {
    year: 2025,
    roundId: 4,
    regulationCode: 'XL-TWOMTN',
    regulationVersion: 2,
    bands: BANDS,
    gradingNote: NOTE,
    article: '第10条',
    evaluations: {
      content: [
        { dossierId: 11, regionCode: '152529', regionName: '正镶白旗', subjectName: '正镶白旗', submittedOn: '2026-03-01', stage: 'TO_GRADE', currentStepCode: 'GRADING', total: null, bandCode: null, bandName: null, recommendation: null },
        { dossierId: 12, regionCode: '152528', regionName: '镶黄旗', subjectName: '镶黄旗', submittedOn: '2026-03-02', stage: 'GRADED', currentStepCode: null, total: 90, bandCode: 'EXCELLENT', bandName: '优秀', recommendation: 'CANNOT_JUDGE' },
      ],
      page: 0,
      size: 20,
      totalElements: 2,
    },
  }
}

function toGrade(overrides: Partial<EvaluationView> = {}): EvaluationView {
  return {
    row: year().evaluations.content[0],
    evaluatedYear: 2025,
    roundTitle: '2026年度申报',
    panelStepCode: 'ANNUAL_EVALUATION',
    panel: { panelId: 8, closed: true, expertCount: 3, total: 89.99, criteria: [], opinions: [], aggregationNote: null },
    grade: null,
    bands: BANDS,
    gradingNote: NOTE,
    gradable: true,
    ...overrides,
  }
}

async function mountAs(role: Role, region: RegionRef = { code: '152500', name: '锡林郭勒盟', level: 'PREFECTURE' }) {
  vi.mocked(api.evaluationsOfYear).mockResolvedValue(year())
  vi.mocked(api.latestReport).mockResolvedValue(null)
  const app = createTestApp(makeMe(role, { region }))
  await app.router.push({ name: 'annual-evaluations' })
  const wrapper = mount(AnnualEvaluationView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

describe('annual evaluation page', { timeout: 20_000 }, () => {
  it('puts 89.99 in 良好 and 90 in 优秀, as the server does', () => {
    expect(bandOf(89.99, BANDS)?.nameZh).toBe('良好')
    expect(bandOf(90, BANDS)?.nameZh).toBe('优秀')
    expect(bandOf(0, BANDS)?.nameZh).toBe('不合格')
  })

  it('lists the year with each stage and shows the bands as uncertain', async () => {
    const wrapper = await mountAs('COMMITTEE_OFFICE')
    expect(api.evaluationsOfYear).toHaveBeenCalledWith(new Date().getFullYear() - 1, 0, expect.any(Number))
    expect(wrapper.get('[data-testid="grading-bands-note"]').text()).toContain('待盟生态环境保护委员会办公室确认')
    expect(wrapper.get('[data-testid="grading-stage-11"]').text()).toBe('待评定等次')
    expect(wrapper.get('[data-testid="grading-stage-12"]').text()).toBe('已评定')
    expect(wrapper.get('[data-testid="grading-open-11"]').text()).toBe('评定等次')
    expect(wrapper.find('[data-testid="grading-generate"]').exists()).toBe(true)
  })

  it('grades only after confirmation, with the band computed from the panel total', async () => {
    const wrapper = await mountAs('COMMITTEE_OFFICE')
    vi.mocked(api.getEvaluation).mockResolvedValue(toGrade())
    await wrapper.get('[data-testid="grading-open-11"]').trigger('click')
    await flushPromises()
    await settle()
    expect(document.body.querySelector('[data-testid="grading-computed"]')?.textContent).toContain('良好')
    const opinion = document.body.querySelector('textarea[data-testid="grading-opinion"]') as HTMLTextAreaElement
    opinion.value = '总体良好'
    opinion.dispatchEvent(new Event('input'))
    await settle()

    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel')
    ;(document.body.querySelector('[data-testid="grading-submit"]') as HTMLButtonElement).click()
    await flushPromises()
    expect(confirm).toHaveBeenCalledOnce()
    expect(String(confirm.mock.calls[0][0])).toContain('良好')
    expect(api.gradeEvaluation).not.toHaveBeenCalled()

    confirm.mockResolvedValueOnce('confirm' as unknown as MessageBoxData)
    vi.mocked(api.gradeEvaluation).mockResolvedValue(
      toGrade({
        gradable: false,
        grade: {
          evaluatedYear: 2025, total: 89.99, bandCode: 'GOOD', bandName: '良好', bandNote: NOTE, opinion: '总体良好',
          feedback: null, suggestions: null, recommendation: 'CANNOT_JUDGE', recommendationNote: '无法判断：平台暂无该级别建设指标版本',
          criteria: [], gradedBy: 'xl.committee', gradedAt: '2026-12-07T01:00:00Z',
        },
      }),
    )
    ;(document.body.querySelector('[data-testid="grading-submit"]') as HTMLButtonElement).click()
    await flushPromises()
    await settle()
    expect(api.gradeEvaluation).toHaveBeenCalledWith(11, { opinion: '总体良好', feedback: null, suggestions: null })
    expect(document.body.querySelector('[data-testid="grading-recommendation"]')?.textContent).toContain('无法判断')
  })

  it('shows a banner its grade and feedback without the grading form or the report', async () => {
    const wrapper = await mountAs('COUNTY_GOVERNMENT', { code: '152528', name: '镶黄旗', level: 'COUNTY' })
    expect(wrapper.find('[data-testid="grading-generate"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="grading-report"]').exists()).toBe(false)
    expect(api.latestReport).not.toHaveBeenCalled()
    vi.mocked(api.getEvaluation).mockResolvedValue(
      toGrade({
        row: year().evaluations.content[1],
        gradable: false,
        grade: {
          evaluatedYear: 2025, total: 90, bandCode: 'EXCELLENT', bandName: '优秀', bandNote: NOTE, opinion: '成效突出',
          feedback: '重点项目推进偏慢', suggestions: '加快项目库建设', recommendation: 'CANNOT_JUDGE', recommendationNote: null,
          criteria: [], gradedBy: 'xl.committee', gradedAt: '2026-12-07T01:00:00Z',
        },
      }),
    )
    await wrapper.get('[data-testid="grading-open-12"]').trigger('click')
    await flushPromises()
    await settle()
    expect(document.body.querySelector('[data-testid="grading-grade"]')?.textContent).toContain('优秀')
    expect(document.body.querySelector('[data-testid="grading-feedback"]')?.textContent).toContain('重点项目推进偏慢')
    expect(document.body.querySelector('[data-testid="grading-form"]')).toBeNull()
  })

  it('generates the report only after confirmation', async () => {
    const wrapper = await mountAs('COMMITTEE_OFFICE')
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel')
    await wrapper.get('[data-testid="grading-generate"]').trigger('click')
    await flushPromises()
    expect(api.generateReport).not.toHaveBeenCalled()
    confirm.mockResolvedValueOnce('confirm' as unknown as MessageBoxData)
    vi.mocked(api.generateReport).mockResolvedValue({
      id: 1, year: 2025, regionCount: 2, generatedBy: 'xl.committee', generatedAt: '2026-12-07T01:00:00Z', docxSize: 100, pdfSize: 200,
    })
    await wrapper.get('[data-testid="grading-generate"]').trigger('click')
    await flushPromises()
    expect(api.generateReport).toHaveBeenCalledWith(new Date().getFullYear() - 1)
    expect(wrapper.get('[data-testid="grading-report"]').text()).toContain('共2个地区')
  })
})
