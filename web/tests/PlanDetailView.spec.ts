import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/plan', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/plan')>()),
  getPlan: vi.fn(),
  actOnPlan: vi.fn(),
  uploadPlanDocument: vi.fn(),
  downloadPlanDocument: vi.fn(),
  listPlanRegulations: vi.fn(),
}))
vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  listEditions: vi.fn().mockResolvedValue([]),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as planApi from '@/api/plan'
import type { PlanView } from '@/api/plan'
import type { Role } from '@/api/types'
import { ApiError } from '@/utils/apiError'
import PlanDetailView from '@/views/plan/PlanDetailView.vue'
import { createTestApp, makeMe, settle } from './helpers'
import { at, offered, plan, planRun, promulgated } from './planFixtures'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())
// every irreversible act asks first (issue 14 §3): the user confirms unless a test says otherwise
beforeEach(() => {
  vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
})

async function mountDetail(shown: PlanView, role: Role = 'COUNTY_GOVERNMENT') {
  vi.mocked(planApi.getPlan).mockResolvedValue(shown)
  const app = createTestApp(makeMe(role))
  await app.router.push({ name: 'plan', params: { id: String(shown.id) } })
  const wrapper = mount(PlanDetailView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

function byTestId(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
}

async function type(id: string, text: string): Promise<void> {
  const input = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="${id}"]`)
  if (!input) throw new Error(`no input ${id}`)
  input.value = text
  input.dispatchEvent(new Event('input'))
  await settle(2)
}

async function click(id: string): Promise<void> {
  const element = byTestId(id)
  if (!element) throw new Error(`no element ${id}`)
  element.click()
  await settle()
  await flushPromises()
}

const atExamination = at('EXAMINE')

describe('plan detail', { timeout: 20_000 }, () => {
  it("shows the run's path with the article of each step, and the filing rule before promulgation", async () => {
    const wrapper = await mountDetail(atExamination)
    expect(wrapper.get('[data-testid="plan-state"]').text()).toBe('审核中')
    const steps = wrapper.get('[data-testid="procedure-steps"]').text()
    expect(steps).toContain('盟市生态环境局审核')
    expect(wrapper.get('[data-testid="plan-articles"]').text()).toBe('第五条、第六条')
    expect(wrapper.get('[data-testid="plan-deadline-rule"]').text()).toContain('15个工作日')
  })

  it('shows the filing deadline of the run with its explanation, overdue in red', async () => {
    const wrapper = await mountDetail(promulgated({ overdue: true }))
    expect(wrapper.get('[data-testid="procedure-deadline"]').text()).toContain('2026-10-22')
    expect(wrapper.find('[data-testid="procedure-overdue"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="procedure-deadline-explanation"]').findAll('li')).toHaveLength(3)
    expect(wrapper.get('[data-testid="plan-filing-due"]').text()).toContain('已逾期')
    expect(wrapper.find('[data-testid="plan-deadline-rule"]').exists()).toBe(false)
  })

  it('offers nothing when the run offers nothing', async () => {
    const wrapper = await mountDetail(atExamination, 'PROVINCE_STAFF')
    for (const id of ['procedure-act', 'procedure-return', 'procedure-withdraw', 'plan-upload', 'plan-edit']) {
      expect(wrapper.find(`[data-testid="${id}"]`).exists()).toBe(false)
    }
    expect(wrapper.find('[data-testid="procedure-no-action"]').exists()).toBe(true)
  })

  it('follows the run: the subject submits, uploads and edits a draft, and withdraws after submission', async () => {
    let wrapper = await mountDetail(at('SUBMIT', ['ACT']))
    expect(wrapper.find('[data-testid="procedure-act"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="plan-upload"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="plan-edit"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="plan-content-save"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="procedure-withdraw"]').exists()).toBe(false)
    wrapper.unmount()
    wrapper = await mountDetail(
      at('EXAMINE', [], { run: planRun('EXAMINE', [{ ...offered('SUBMIT', 'WITHDRAW') }]) }),
    )
    expect(wrapper.find('[data-testid="procedure-act"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="plan-edit"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="procedure-withdraw"]').exists()).toBe(true)
  })

  it("sends the submission to the plan's own endpoint with the plan's version", async () => {
    vi.mocked(planApi.actOnPlan).mockResolvedValue(atExamination)
    await mountDetail(at('SUBMIT', ['ACT']))
    await click('procedure-act')
    expect(planApi.actOnPlan).toHaveBeenCalledWith(11, 'submit', 3, {})
  })

  it('asks before the submission, saying who examines it next, and sends nothing when not confirmed (issue 14 §3)', async () => {
    vi.mocked(ElMessageBox.confirm).mockRejectedValueOnce('cancel')
    await mountDetail(at('SUBMIT', ['ACT']))
    await click('procedure-act')
    expect(ElMessageBox.confirm).toHaveBeenCalledWith(
      expect.stringContaining('办理后转入“盟市生态环境局审核后连同审核意见一并报送自治区生态环境厅”环节，由盟市生态环境局工作人员办理'),
      '提示',
      expect.anything(),
    )
    expect(planApi.actOnPlan).not.toHaveBeenCalled()
  })

  it("sends the examination's opinion with the version read, and refuses it without one", async () => {
    vi.mocked(planApi.actOnPlan).mockResolvedValue(at('EXPERT_REVIEW', [], { version: 4 }))
    await mountDetail(at('EXAMINE', ['ACT', 'RETURN']), 'PREFECTURE_STAFF')
    expect(byTestId('procedure-return')).not.toBeNull()
    await click('procedure-act')
    expect(planApi.actOnPlan).not.toHaveBeenCalled()
    await type('procedure-opinion', '同意报送自治区生态环境厅')
    await click('procedure-act')
    expect(planApi.actOnPlan).toHaveBeenCalledWith(11, 'examine', 3, { opinion: '同意报送自治区生态环境厅' })
  })

  it('asks the review for its outcome, panel and date, and sends them to the review endpoint', async () => {
    vi.mocked(planApi.actOnPlan).mockResolvedValue(at('REVISE', [], { version: 4 }))
    const wrapper = await mountDetail(at('EXPERT_REVIEW', ['ACT', 'RETURN']), 'PROVINCE_STAFF')
    expect(wrapper.get('[data-testid="procedure-outcome"]').text()).toMatch(/通过.*修改后通过.*不通过/)
    expect(wrapper.find('[data-testid="plan-reviewed-on"]').exists()).toBe(true)
    await click('procedure-outcome-REVISE')
    await type('procedure-opinion', '修改完善后通过')
    await click('procedure-act')
    expect(planApi.actOnPlan).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(document.body.textContent).toContain('请填写评审专家'))
    await type('plan-panel', '张三、李四')
    await click('procedure-act')
    expect(planApi.actOnPlan).toHaveBeenCalledWith(11, 'review', 3, {
      outcome: 'REVISE',
      opinion: '修改完善后通过',
      panel: '张三、李四',
      reviewedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    })
  })

  it('asks the receiving body for the receipt date and shows the filing receipt once acknowledged', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    const received = plan({
      state: 'FILED',
      filedOn: '2026-10-22',
      filingReceivedOn: '2026-10-23',
      filingReceivedBy: '自治区生态环境厅',
      version: 4,
      run: planRun(null),
    })
    vi.mocked(planApi.actOnPlan).mockResolvedValue(received)
    await mountDetail(at('RECEIVE_FILING', ['ACT', 'RETURN'], { filedOn: '2026-10-22' }), 'PROVINCE_STAFF')
    expect(byTestId('plan-received-on')).not.toBeNull()
    await type('procedure-opinion', '材料齐全')
    await click('procedure-act')
    expect(planApi.actOnPlan).toHaveBeenCalledWith(11, 'acknowledge', 3, {
      receivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      opinion: '材料齐全',
    })
    await vi.waitFor(() =>
      expect(byTestId('plan-filing-receipt')?.textContent).toContain('自治区生态环境厅于2026-10-23接收'),
    )
  })

  it('lets the subject re-upload the text at the revision step, and asks the promulgation for body, date and number', async () => {
    let wrapper = await mountDetail(at('REVISE', ['ACT']))
    expect(wrapper.find('[data-testid="plan-upload"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="plan-edit"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="procedure-return"]').exists()).toBe(false)
    wrapper.unmount()
    vi.mocked(planApi.actOnPlan).mockResolvedValue(promulgated())
    wrapper = await mountDetail(at('PROMULGATE', ['ACT']))
    expect(wrapper.find('[data-testid="plan-upload"]').exists()).toBe(false)
    await click('procedure-act')
    expect(planApi.actOnPlan).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(document.body.textContent).toContain('请填写文号'))
    await type('plan-document-number', '锡政发〔2026〕12号')
    await click('plan-body')
    await click('plan-body-2')
    await click('procedure-act')
    expect(planApi.actOnPlan).toHaveBeenCalledWith(11, 'promulgate', 3, {
      body: '锡林浩特市人民政府',
      promulgatedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      documentNumber: '锡政发〔2026〕12号',
    })
  })

  it('refuses a return without a reason and sends it with one', async () => {
    vi.mocked(planApi.actOnPlan).mockResolvedValue(
      plan({ state: 'RETURNED', returnReason: '投资测算依据不足', run: planRun('SUBMIT') }),
    )
    const wrapper = await mountDetail(at('EXAMINE', ['ACT', 'RETURN']), 'PREFECTURE_STAFF')
    await click('procedure-return')
    await type('procedure-return-reason', '   ')
    await click('procedure-return-confirm')
    expect(planApi.actOnPlan).not.toHaveBeenCalled()
    await type('procedure-return-reason', '投资测算依据不足')
    await click('procedure-return-confirm')
    expect(planApi.actOnPlan).toHaveBeenCalledWith(11, 'return', 3, { reason: '投资测算依据不足' })
    await vi.waitFor(() => expect(wrapper.get('[data-testid="plan-state"]').text()).toBe('已退回'))
    expect(wrapper.get('[data-testid="plan-return-banner"]').text()).toContain('投资测算依据不足')
  })

  it('reloads the plan when the server answers 409', async () => {
    await mountDetail(at('EXAMINE', ['ACT', 'RETURN']), 'PREFECTURE_STAFF')
    expect(planApi.getPlan).toHaveBeenCalledTimes(1)
    vi.mocked(planApi.actOnPlan).mockRejectedValue(
      new ApiError({ status: 409, code: 'conflict', title: null, detail: '数据已被他人修改，请刷新后重试', fieldErrors: {} }),
    )
    vi.mocked(planApi.getPlan).mockResolvedValue(at('EXPERT_REVIEW', [], { version: 4 }))
    await type('procedure-opinion', '同意')
    await click('procedure-act')
    await vi.waitFor(() => expect(planApi.getPlan).toHaveBeenCalledTimes(2))
    await flushPromises()
    expect(byTestId('procedure-opinion')).toBeNull()
  })

  it("names the plan's own entries in the run's timeline and links the text each step saw", async () => {
    const wrapper = await mountDetail(
      at('EXAMINE', [], {
        run: planRun('EXAMINE', [], {
          timeline: [
            { stepCode: 'SUBMIT', action: 'ATTACHED', outcome: null, opinion: '规划.pdf', actorName: '锡林浩特市人民政府', actorRole: 'COUNTY_GOVERNMENT', organizationName: '锡林浩特市人民政府', at: '2026-05-01T02:00:00Z', documentIds: [5] },
            { stepCode: 'SUBMIT', action: 'ACT', outcome: null, opinion: null, actorName: '锡林浩特市人民政府', actorRole: 'COUNTY_GOVERNMENT', organizationName: '锡林浩特市人民政府', at: '2026-05-02T02:00:00Z', documentIds: [5] },
          ],
        }),
      }),
    )
    const timeline = wrapper.get('[data-testid="procedure-timeline"]').text()
    expect(timeline).toContain('上传文本')
    expect(timeline).not.toContain('ATTACHED')
    expect(document.querySelector('[data-testid="procedure-timeline"] a')?.getAttribute('href')).toBe('/api/plans/11/document?documentId=5')
  })

  it('names in the timeline the text version each step saw, and lists every version', async () => {
    const version = (number: number, documentId: number) => ({
      kind: 'TEXT' as const, number, documentId, name: `规划${number}.pdf`, type: 'PDF', size: 10, sha256: 'ab'.repeat(32),
      uploadedBy: 'fz', uploadedAt: '2026-05-01T02:00:00Z', seenBy: [], promulgated: false, current: documentId === 6,
    })
    await mountDetail(
      at('EXAMINE', [], {
        documentId: 6,
        texts: [version(1, 5), version(2, 6)],
        run: planRun('EXAMINE', [], {
          timeline: [
            { stepCode: 'SUBMIT', action: 'ACT', outcome: null, opinion: null, actorName: '锡林浩特市人民政府', actorRole: 'COUNTY_GOVERNMENT', organizationName: '锡林浩特市人民政府', at: '2026-05-02T02:00:00Z', documentIds: [6] },
          ],
        }),
      }),
    )
    const link = document.querySelector('[data-testid="procedure-timeline"] a')
    expect(link?.textContent?.trim()).toBe('规划文本第2版')
    expect(link?.getAttribute('href')).toBe('/api/plans/11/document?documentId=6')
    expect(document.querySelectorAll('[data-testid="plan-text-number"]')).toHaveLength(2)
  })

  it('asks for the text before a draft can be submitted, and shows why an upload was refused', async () => {
    vi.mocked(planApi.uploadPlanDocument).mockRejectedValue(
      new ApiError({ status: 415, code: null, title: null, detail: '文件内容不是 PDF 或 Word 文档', fieldErrors: {} }),
    )
    const wrapper = await mountDetail(at('SUBMIT', ['ACT'], { documentId: null, documentName: null }))
    expect(wrapper.find('[data-testid="plan-upload-first"]').exists()).toBe(true)
    const input = wrapper.get('[data-testid="plan-file-input"]')
    const file = new File(['not a pdf'], '规划.pdf', { type: 'application/pdf' })
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
    await input.trigger('change')
    await settle()
    await flushPromises()
    expect(planApi.uploadPlanDocument).toHaveBeenCalledWith(11, file, 3)
    // the form item shows its error after Element Plus's short debounce
    await vi.waitFor(() => wrapper.get('[data-testid="plan-upload-error"]'))
    expect(wrapper.get('[data-testid="plan-upload-error"]').text()).toContain('文件内容不是 PDF 或 Word 文档')
  })

  it('shows a refusal once, beside the upload field, with the message that names the field', async () => {
    vi.mocked(planApi.uploadPlanDocument).mockRejectedValue(
      new ApiError({ status: 415, code: 'unreadable-file', title: null, detail: '文件无法读取', fieldErrors: { file: '文件内容无法按 DOC 读取' } }),
    )
    const wrapper = await mountDetail(at('SUBMIT', ['ACT']))
    const input = wrapper.get('[data-testid="plan-file-input"]')
    const file = new File(['x'], '规划.doc', { type: 'application/msword' })
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
    await input.trigger('change')
    await settle()
    await flushPromises()
    await vi.waitFor(() => wrapper.get('[data-testid="plan-upload-error"]'))
    const item = wrapper.get('[data-testid="plan-upload-item"]')
    expect(item.get('[data-testid="plan-upload-error"]').text()).toBe('文件未被接受：文件内容无法按 DOC 读取')
    expect(document.body.textContent?.split('文件内容无法按 DOC 读取')).toHaveLength(2)
    const message = await import('@/utils/message')
    expect(message.showError).not.toHaveBeenCalled()
  })
})
