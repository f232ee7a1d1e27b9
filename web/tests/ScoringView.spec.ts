import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/review', () => ({
  getSheet: vi.fn(),
  readDossier: vi.fn(),
  saveSheet: vi.fn(),
  declareConflict: vi.fn(),
  reviewDocumentUrl: (panelId: number, dossierId: number, documentId: number) =>
    `/api/review/my-panels/${panelId}/dossiers/${dossierId}/documents/${documentId}`,
}))

import * as reviewApi from '@/api/review'
import type { DossierReading, PanelResult, SheetView } from '@/api/review'
import ScoringView from '@/views/review/ScoringView.vue'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.restoreAllMocks())
afterEach(() => vi.clearAllMocks())

const sealed: PanelResult = {
  panelId: 4,
  stepCode: 'EXPERT_SCORING',
  closed: false,
  expertCount: 5,
  criteria: [],
  total: null,
  opinions: [],
  reconciliations: [],
  aggregation: 'TRIMMED_MEAN',
  aggregationNote: '规程未规定评分细则、分值和汇总方式。',
}

function sheet(overrides: Partial<SheetView> = {}): SheetView {
  return {
    panelId: 4,
    dossierId: 9,
    subjectName: '科尔沁左翼中旗',
    alias: '专家B',
    panelState: 'OPEN',
    rubric: [
      { code: 'COMPLETENESS', textZh: '申报材料的齐全性', article: '第十四条（二）' },
      { code: 'CONFORMITY', textZh: '申报材料的符合性', article: '第十四条（二）' },
    ],
    maxPerCriterion: 10,
    scoringNote: '规程未规定评分细则、分值和汇总方式。',
    scores: {},
    opinion: null,
    submitted: false,
    result: sealed,
    ...overrides,
  }
}

const reading: DossierReading = {
  dossier: { id: 9, subjectName: '科尔沁左翼中旗', regionName: '科尔沁左翼中旗', submittedOn: '2026-12-01' },
  materials: [{ code: 'WORK_REPORT', nameZh: '生态文明建设示范区创建工作报告', kind: 'DOCUMENTS', status: 'GREEN', text: null, documents: [{ id: 3, name: '工作报告.pdf' }] }],
  conditions: [{ code: 'PLAN_VALID', textZh: '规划在有效期内', answer: '经自查符合' }],
}

async function mountView(s: SheetView) {
  vi.mocked(reviewApi.getSheet).mockResolvedValue(s)
  vi.mocked(reviewApi.readDossier).mockResolvedValue(reading)
  const app = createTestApp(makeMe('EXPERT'))
  await app.router.push({ name: 'review-scoring', params: { panelId: 4, dossierId: 9 } })
  const wrapper = mount(ScoringView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

describe('the expert scoring screen', () => {
  it('shows the rubric with its scale, the materials read-only, and no result while the scores are sealed', async () => {
    const wrapper = await mountView(sheet())
    expect(reviewApi.getSheet).toHaveBeenCalledWith(4, 9)
    const rubric = wrapper.get('[data-testid="rubric"]').text()
    expect(rubric).toContain('申报材料的齐全性（第十四条（二））')
    expect(rubric).toContain('0 至 10 分，可打半分')
    expect(wrapper.get('[data-testid="materials"]').text()).toContain('工作报告.pdf')
    expect(wrapper.get('[data-testid="review-file-3"]').attributes('href')).toBe('/api/review/my-panels/4/dossiers/9/documents/3')
    expect(wrapper.get('[data-testid="review-result"]').text()).toContain('全部专家提交评分或评审结束后，才显示汇总结果。')
    expect(wrapper.text()).toContain('您的代号：专家B')
  })

  it('refuses to submit a sheet with a criterion unscored and never calls the server', async () => {
    const wrapper = await mountView(sheet({ scores: { COMPLETENESS: 8 } }))
    await wrapper.get('[data-testid="rubric"] textarea').setValue('材料齐全')
    const confirm = vi.spyOn(ElMessageBox, 'confirm')
    await wrapper.get('[data-testid="submit-sheet"]').trigger('click')
    await flushPromises()
    expect(confirm).not.toHaveBeenCalled()
    expect(reviewApi.saveSheet).not.toHaveBeenCalled()
    expect(wrapper.get('[data-testid="score-error-CONFORMITY"]').text()).toBe('请为该项评分')
    expect(wrapper.find('[data-testid="score-error-COMPLETENESS"]').exists()).toBe(false)
  })

  it('submits every score and the opinion after a confirmation, then locks the sheet', async () => {
    const wrapper = await mountView(sheet({ scores: { COMPLETENESS: 8, CONFORMITY: 7.5 }, opinion: '材料齐全，指标达标' }))
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    vi.mocked(reviewApi.saveSheet).mockResolvedValue(
      sheet({ scores: { COMPLETENESS: 8, CONFORMITY: 7.5 }, opinion: '材料齐全，指标达标', submitted: true }),
    )
    await wrapper.get('[data-testid="submit-sheet"]').trigger('click')
    await flushPromises()
    expect(confirm).toHaveBeenCalledOnce()
    expect(reviewApi.saveSheet).toHaveBeenCalledWith(4, 9, {
      scores: { COMPLETENESS: 8, CONFORMITY: 7.5 },
      opinion: '材料齐全，指标达标',
      submit: true,
    })
    expect(wrapper.find('[data-testid="submit-sheet"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('您已提交评分表，不能再修改')
  })

  it('does not submit when the confirmation is cancelled', async () => {
    const wrapper = await mountView(sheet({ scores: { COMPLETENESS: 8, CONFORMITY: 7 }, opinion: '意见' }))
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    await wrapper.get('[data-testid="submit-sheet"]').trigger('click')
    await flushPromises()
    expect(reviewApi.saveSheet).not.toHaveBeenCalled()
  })

  it('after the close shows the aggregate and the opinions by alias only', async () => {
    const closed: PanelResult = {
      ...sealed,
      closed: true,
      criteria: [
        { code: 'COMPLETENESS', textZh: '申报材料的齐全性', aggregated: 8, min: 2, max: 10, spread: 8 },
        { code: 'CONFORMITY', textZh: '申报材料的符合性', aggregated: 7.5, min: 7, max: 8, spread: 1 },
      ],
      total: 15.5,
      opinions: [
        { alias: '专家A', opinion: '材料齐全' },
        { alias: '专家B', opinion: '指标达标' },
      ],
      reconciliations: ['COMPLETENESS：经合议以多数意见为准'],
    }
    const wrapper = await mountView(sheet({ panelState: 'CLOSED', submitted: true, result: closed }))
    const result = wrapper.get('[data-testid="review-result"]').text()
    expect(result).toContain('总分：15.5')
    expect(result).toContain('专家A：材料齐全')
    expect(result).toContain('分歧说明：COMPLETENESS：经合议以多数意见为准')
    expect(wrapper.find('[data-testid="submit-sheet"]').exists()).toBe(false)
  })
})
