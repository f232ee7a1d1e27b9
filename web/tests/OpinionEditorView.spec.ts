import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/opinion', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/opinion')>()),
  getOpinion: vi.fn(),
  saveOpinion: vi.fn(),
  refreshOpinion: vi.fn(),
  issueOpinion: vi.fn(),
  completeOpinionSteps: vi.fn(),
  downloadOpinion: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as api from '@/api/opinion'
import type { OpinionView } from '@/api/opinion'
import OpinionEditorView from '@/views/opinion/OpinionEditorView.vue'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

function opinion(overrides: Partial<OpinionView> = {}): OpinionView {
  return {
    id: 5,
    roundId: 9,
    stepCode: 'PRE_REVIEW_OPINION',
    scopeCode: '150000',
    sequence: 1,
    title: '2026年第一批预审意见',
    documentNumber: null,
    opening: '经预审，现将意见报告如下。',
    conclusion: null,
    state: 'DRAFT',
    content: {
      bodyZh: '内蒙古自治区生态环境厅',
      roundTitle: '2026年第一批',
      stepNameZh: '根据预审、公示情况形成预审意见',
      article: '第十五条',
      divisions: true,
      panel: true,
      publicity: false,
      candidacies: [
        {
          dossierId: 11,
          candidacyId: 21,
          subjectName: '库伦旗',
          regionName: '通辽市',
          programmeZh: '生态文明建设示范区',
          submittedOn: '2026-12-01',
          exclusions: [{ textZh: '发生重大生态破坏事件', article: '第十一条', outcome: 'CLEAR', explanationZh: null }],
          divisionResults: [{ division: '生态处', action: 'ACT', outcome: null, opinion: '符合', actedOn: '2026-12-02' }],
          panelResult: {
            stepCode: 'EXPERT_SCORING',
            closed: true,
            expertCount: 5,
            total: 86.5,
            criteria: [],
            opinions: [{ alias: '专家A', opinion: '材料完整' }],
            aggregation: 'TRIMMED_MEAN',
            aggregationNote: '规程未明确去掉最高分和最低分，平台按数据设定处理',
          },
          publicityResult: null,
        },
      ],
    },
    dossiers: [{ dossierId: 11, runId: 31, subjectName: '库伦旗', currentStepCode: 'PRE_REVIEW_OPINION' }],
    docxDocumentId: null,
    pdfDocumentId: null,
    issuedBy: null,
    issuedAt: null,
    version: 3,
    allowedActions: ['EDIT', 'REFRESH', 'ISSUE'],
    skipped: [],
    ...overrides,
  }
}

async function mountEditor(shown: OpinionView) {
  vi.mocked(api.getOpinion).mockResolvedValue(shown)
  const app = createTestApp(makeMe('PROVINCE_STAFF', { region: { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' } }))
  await app.router.push({ name: 'opinion', params: { id: String(shown.id) } })
  const wrapper = mount(OpinionEditorView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

async function type(wrapper: Awaited<ReturnType<typeof mountEditor>>, id: string, text: string): Promise<void> {
  // Element Plus puts the test id on the textarea or input itself
  const el = wrapper.get(`textarea[data-testid="${id}"], input[data-testid="${id}"], [data-testid="${id}"] textarea`)
  await el.setValue(text)
  await settle(2)
}

describe('opinion editor', { timeout: 20_000 }, () => {
  it('marks a supplementary opinion as such, and the first one not', async () => {
    const first = await mountEditor(opinion())
    expect(first.find('[data-testid="opinion-supplementary"]').exists()).toBe(false)
    first.unmount()
    const later = await mountEditor(opinion({ sequence: 2 }))
    expect(later.get('[data-testid="opinion-supplementary"]').text()).toContain('补充意见（1）')
  })

  it('shows the generated sections read-only, only those the chain has, with the experts by alias', async () => {
    const wrapper = await mountEditor(opinion())
    const sections = wrapper.get('[data-testid="opinion-sections"]').text()
    expect(sections).toContain('库伦旗')
    expect(sections).toContain('负面清单核查情况')
    expect(sections).toContain('厅相关处室审核情况')
    expect(sections).toContain('生态处：审核通过，意见：符合')
    expect(sections).toContain('专家A：材料完整')
    expect(sections).toContain('规程未明确去掉最高分和最低分')
    expect(wrapper.find('[data-testid="opinion-section-publicity"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="opinion-sections"] textarea').exists()).toBe(false)
  })

  it('saves the edited text with the version it was read at', async () => {
    const wrapper = await mountEditor(opinion())
    vi.mocked(api.saveOpinion).mockResolvedValue(opinion({ conclusion: '建议推荐库伦旗。', version: 4 }))
    await type(wrapper, 'opinion-conclusion-input', '建议推荐库伦旗。')
    await wrapper.get('[data-testid="opinion-save"]').trigger('click')
    await flushPromises()
    expect(api.saveOpinion).toHaveBeenCalledWith(5, {
      version: 3,
      title: '2026年第一批预审意见',
      documentNumber: null,
      opening: '经预审，现将意见报告如下。',
      conclusion: '建议推荐库伦旗。',
    })
  })

  it('issues only after confirmation, and not at all when the confirmation is cancelled', async () => {
    const wrapper = await mountEditor(opinion())
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel')
    await wrapper.get('[data-testid="opinion-issue"]').trigger('click')
    await flushPromises()
    expect(confirm).toHaveBeenCalledOnce()
    expect(api.issueOpinion).not.toHaveBeenCalled()

    confirm.mockResolvedValueOnce('confirm' as unknown as MessageBoxData)
    vi.mocked(api.issueOpinion).mockResolvedValue(
      opinion({ state: 'ISSUED', allowedActions: ['COMPLETE_STEPS'], docxDocumentId: 1, pdfDocumentId: 2, issuedBy: 'staff', issuedAt: '2026-12-07T01:00:00Z' }),
    )
    await wrapper.get('[data-testid="opinion-issue"]').trigger('click')
    await flushPromises()
    expect(api.issueOpinion).toHaveBeenCalledWith(5, 3)
    expect(wrapper.get('[data-testid="opinion-state"]').text()).toBe('已印发')
    expect(wrapper.find('[data-testid="opinion-issue"]').exists()).toBe(false)
    expect(wrapper.get('textarea[data-testid="opinion-conclusion-input"]').attributes('disabled')).toBeDefined()
    expect(wrapper.find('[data-testid="opinion-pdf"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="opinion-complete"]').exists()).toBe(true)
  })

  it('asks to save unsaved edits before issuing', async () => {
    const wrapper = await mountEditor(opinion())
    const confirm = vi.spyOn(ElMessageBox, 'confirm')
    await type(wrapper, 'opinion-opening-input', '改过的开头')
    await wrapper.get('[data-testid="opinion-issue"]').trigger('click')
    await flushPromises()
    expect(confirm).not.toHaveBeenCalled()
    expect(api.issueOpinion).not.toHaveBeenCalled()
    expect(wrapper.get('[data-testid="opinion-save-first"]').text()).toContain('请先保存修改，再印发')
  })

  it('completes the steps after confirmation and lists the dossiers left at the step with their reasons', async () => {
    const wrapper = await mountEditor(opinion({ state: 'ISSUED', allowedActions: ['COMPLETE_STEPS'], docxDocumentId: 1, pdfDocumentId: 2 }))
    expect(wrapper.find('[data-testid="opinion-skipped"]').exists()).toBe(false)
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValueOnce('confirm' as unknown as MessageBoxData)
    vi.mocked(api.completeOpinionSteps).mockResolvedValue(
      opinion({
        state: 'ISSUED',
        allowedActions: ['COMPLETE_STEPS'],
        skipped: [{ dossierId: 11, subjectName: '库伦旗', reasons: ['存在尚未形成核实结论的投诉'] }],
      }),
    )
    await wrapper.get('[data-testid="opinion-complete"]').trigger('click')
    await flushPromises()
    expect(api.completeOpinionSteps).toHaveBeenCalledWith(5, null)
    const skipped = wrapper.get('[data-testid="opinion-skipped"]').text()
    expect(skipped).toContain('仍留在本环节')
    expect(skipped).toContain('库伦旗：存在尚未形成核实结论的投诉')
  })
})
