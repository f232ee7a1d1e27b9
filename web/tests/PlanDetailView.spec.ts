import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/plan', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/plan')>()),
  getPlan: vi.fn(),
  actOnPlan: vi.fn(),
  uploadPlanDocument: vi.fn(),
  downloadPlanDocument: vi.fn(),
  listRegulations: vi.fn(),
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
import { plan, promulgated, step } from './planFixtures'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

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

const atExamination = plan({ state: 'IN_PROGRESS', currentStep: step('EXAMINE') })

describe('plan detail', { timeout: 20_000 }, () => {
  it('shows the pinned path with the article of each step, and the filing rule before promulgation', async () => {
    const wrapper = await mountDetail(atExamination)
    expect(wrapper.get('[data-testid="plan-state"]').text()).toBe('审核中')
    const steps = wrapper.get('[data-testid="plan-steps"]').text()
    for (const label of ['报送', '审核', '专家评审', '修改完善', '颁布实施', '备案']) expect(steps).toContain(label)
    expect(steps).toContain('（第五条）')
    expect(steps).toContain('（第六条）')
    expect(wrapper.get('[data-testid="plan-deadline-rule"]').text()).toContain('15个工作日')
  })

  it('shows the filing deadline with its explanation, overdue in red', async () => {
    const wrapper = await mountDetail(promulgated({ overdue: true }))
    const deadline = wrapper.get('[data-testid="plan-deadline"]')
    expect(deadline.text()).toContain('2026-10-22前备案')
    expect(deadline.get('[data-testid="plan-overdue"]').text()).toBe('已逾期')
    expect(deadline.find('.deadline').classes()).toContain('overdue')
    expect(wrapper.get('[data-testid="plan-deadline-explanation"]').findAll('li')).toHaveLength(3)
    expect(deadline.text()).toContain('2026-10-10 为调休上班日')
  })

  it('offers nothing when no flag is set, and says who acts on the current step', async () => {
    const wrapper = await mountDetail(atExamination, 'PROVINCE_STAFF')
    expect(wrapper.find('[data-testid="plan-submit"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="plan-act"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="plan-return"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="plan-withdraw"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="plan-upload"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="plan-no-action"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="plan-waiting"]').text()).toContain('盟市生态环境局工作人员')
  })

  it('follows the flags: submit and upload for a draft, withdraw after submission', async () => {
    let wrapper = await mountDetail(plan({ mayEdit: true, maySubmit: true }))
    expect(wrapper.find('[data-testid="plan-submit"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="plan-upload"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="plan-withdraw"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="plan-content-save"]').exists()).toBe(true)
    wrapper.unmount()
    wrapper = await mountDetail(plan({ state: 'IN_PROGRESS', currentStep: step('EXAMINE'), mayWithdraw: true }))
    expect(wrapper.find('[data-testid="plan-submit"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="plan-withdraw"]').exists()).toBe(true)
  })

  it('shows the examination form to the bureau and sends the opinion with the version read', async () => {
    const examined = plan({ state: 'IN_PROGRESS', currentStep: step('EXPERT_REVIEW'), version: 4 })
    vi.mocked(planApi.actOnPlan).mockResolvedValue(examined)
    const wrapper = await mountDetail({ ...atExamination, mayAct: true, mayReturn: true }, 'PREFECTURE_STAFF')
    expect(wrapper.find('[data-testid="plan-opinion"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="plan-return"]').exists()).toBe(true)
    await click('plan-act')
    expect(planApi.actOnPlan).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(document.body.textContent).toContain('请填写审核意见'))
    await type('plan-opinion', '同意报送自治区生态环境厅')
    await click('plan-act')
    expect(planApi.actOnPlan).toHaveBeenCalledWith(11, 'examine', 3, { opinion: '同意报送自治区生态环境厅' })
    expect(wrapper.find('[data-testid="plan-opinion"]').exists()).toBe(false)
  })

  it('asks the receiving body for the receipt date and shows the filing receipt once acknowledged', async () => {
    const received = plan({
      state: 'FILED',
      filedOn: '2026-10-22',
      filingReceivedOn: '2026-10-23',
      filingReceivedBy: '自治区生态环境厅',
      version: 4,
    })
    vi.mocked(planApi.actOnPlan).mockResolvedValue(received)
    const wrapper = await mountDetail(
      plan({ state: 'IN_PROGRESS', currentStep: step('RECEIVE_FILING'), filedOn: '2026-10-22', mayAct: true, mayReturn: true }),
      'PROVINCE_STAFF',
    )
    expect(wrapper.find('[data-testid="plan-received-on"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="plan-act"]').text()).toContain('出具备案回执')
    await type('plan-receipt-note', '材料齐全')
    await click('plan-act')
    expect(planApi.actOnPlan).toHaveBeenCalledWith(11, 'acknowledge', 3, {
      receivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      opinion: '材料齐全',
    })
    await vi.waitFor(() =>
      expect(byTestId('plan-filing-receipt')?.textContent).toContain('自治区生态环境厅于2026-10-23接收'),
    )
  })

  it('shows the review form with the three outcomes at the expert review', async () => {
    const wrapper = await mountDetail(
      plan({ state: 'IN_PROGRESS', currentStep: step('EXPERT_REVIEW'), mayAct: true, mayReturn: true }),
      'PROVINCE_STAFF',
    )
    expect(wrapper.get('[data-testid="plan-outcome"]').text()).toMatch(/通过.*修改后通过.*不通过/)
    expect(wrapper.find('[data-testid="plan-panel"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="plan-reviewed-on"]').exists()).toBe(true)
  })

  it('lets the subject re-upload the text at the revision step, and offers the promulgating bodies next', async () => {
    let wrapper = await mountDetail(plan({ state: 'IN_PROGRESS', currentStep: step('REVISE'), mayAct: true }))
    expect(wrapper.find('[data-testid="plan-upload"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="plan-note"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="plan-return"]').exists()).toBe(false)
    wrapper.unmount()
    wrapper = await mountDetail(plan({ state: 'IN_PROGRESS', currentStep: step('PROMULGATE'), mayAct: true }))
    expect(wrapper.find('[data-testid="plan-body"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="plan-document-number"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="plan-upload"]').exists()).toBe(false)
  })

  it('refuses a return without a reason and sends it with one', async () => {
    vi.mocked(planApi.actOnPlan).mockResolvedValue(plan({ state: 'RETURNED', returnReason: '投资测算依据不足' }))
    const wrapper = await mountDetail({ ...atExamination, mayAct: true, mayReturn: true }, 'PREFECTURE_STAFF')
    await click('plan-return')
    await type('plan-return-reason', '   ')
    await click('plan-return-confirm')
    expect(planApi.actOnPlan).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(document.body.textContent).toContain('请填写退回理由'))
    await type('plan-return-reason', '投资测算依据不足')
    await click('plan-return-confirm')
    expect(planApi.actOnPlan).toHaveBeenCalledWith(11, 'return', 3, { reason: '投资测算依据不足' })
    expect(wrapper.get('[data-testid="plan-state"]').text()).toBe('已退回')
    expect(wrapper.get('[data-testid="plan-return-banner"]').text()).toContain('投资测算依据不足')
  })

  it('reloads the plan when the server answers 409', async () => {
    const wrapper = await mountDetail({ ...atExamination, mayAct: true, mayReturn: true }, 'PREFECTURE_STAFF')
    expect(planApi.getPlan).toHaveBeenCalledTimes(1)
    vi.mocked(planApi.actOnPlan).mockRejectedValue(
      new ApiError({ status: 409, code: 'conflict', title: null, detail: '数据已被他人修改，请刷新后重试', fieldErrors: {} }),
    )
    vi.mocked(planApi.getPlan).mockResolvedValue(plan({ state: 'IN_PROGRESS', currentStep: step('EXPERT_REVIEW'), version: 4 }))
    await type('plan-opinion', '同意')
    await click('plan-act')
    await vi.waitFor(() => expect(planApi.getPlan).toHaveBeenCalledTimes(2))
    await flushPromises()
    expect(wrapper.find('[data-testid="plan-opinion"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="plan-waiting"]').text()).toContain('专家评审')
  })

  it('shows who did what in the timeline, with opinion and outcome', async () => {
    const wrapper = await mountDetail(
      plan({
        state: 'IN_PROGRESS',
        currentStep: step('REVISE'),
        timeline: [
          { stepCode: 'EXAMINE', action: 'EXAMINED', actorName: '锡林郭勒盟生态环境局', actorRole: 'PREFECTURE_STAFF', at: '2026-05-01T02:00:00Z', opinion: '同意报送', outcome: null, documentId: null, detail: null },
          { stepCode: 'EXPERT_REVIEW', action: 'REVIEWED', actorName: '自治区厅', actorRole: 'PROVINCE_STAFF', at: '2026-06-10T02:00:00Z', opinion: '修改完善后通过', outcome: 'REVISE', documentId: null, detail: '张三、李四；2026-06-10' },
        ],
      }),
    )
    const timeline = wrapper.get('[data-testid="plan-timeline"]').text()
    expect(timeline).toContain('锡林郭勒盟生态环境局（盟市生态环境局工作人员）')
    expect(timeline).toContain('意见：同意报送')
    expect(timeline).toContain('结论：修改后通过')
    expect(timeline).toContain('张三、李四；2026-06-10')
    expect(timeline).toContain('专家评审')
  })

  it('offers the text each step saw from the timeline, as it was then', async () => {
    await mountDetail(
      plan({
        state: 'IN_PROGRESS',
        currentStep: step('PROMULGATE'),
        documentId: 8,
        timeline: [
          { stepCode: 'EXAMINE', action: 'EXAMINED', actorName: '盟局', actorRole: 'PREFECTURE_STAFF', at: '2026-05-01T02:00:00Z', opinion: '同意', outcome: null, documentId: 5, detail: null },
          { stepCode: 'EXAMINE', action: 'RETURNED', actorName: '盟局', actorRole: 'PREFECTURE_STAFF', at: '2026-05-02T02:00:00Z', opinion: '补充', outcome: null, documentId: null, detail: null },
        ],
      }),
    )
    expect(byTestId('plan-timeline-text-1')).toBeNull()
    expect(byTestId('plan-timeline-text-0')?.textContent).toContain('下载本环节所见文本')
    await click('plan-timeline-text-0')
    expect(planApi.downloadPlanDocument).toHaveBeenCalledWith(11, '规划文本', 5)
  })

  it('names the expiry, a major change and a new revision in the timeline, never their codes', async () => {
    const wrapper = await mountDetail(
      plan({
        state: 'DRAFT',
        timeline: [
          { stepCode: 'EXPIRY', action: 'EXPIRED', actorName: null, actorRole: null, at: '2026-01-01T00:00:00Z', opinion: null, outcome: null, documentId: null, detail: '规划期已于2025年届满' },
          { stepCode: 'EXPIRY', action: 'MAJOR_CHANGE', actorName: '太仆寺旗人民政府', actorRole: 'COUNTY_GOVERNMENT', at: '2026-01-02T00:00:00Z', opinion: '目标调整', outcome: null, documentId: null, detail: null },
          { stepCode: 'EXPIRY', action: 'RECOMPILING', actorName: '太仆寺旗人民政府', actorRole: 'COUNTY_GOVERNMENT', at: '2026-01-03T00:00:00Z', opinion: null, outcome: null, documentId: null, detail: '第2版' },
        ],
      }),
    )
    const timeline = wrapper.get('[data-testid="plan-timeline"]').text()
    expect(timeline).toContain('规划期届满')
    expect(timeline).toContain('目标重大调整')
    expect(timeline).toContain('启动修编')
    expect(timeline).toContain('规划期届满与修编')
    expect(timeline).not.toMatch(/EXPIRED|MAJOR_CHANGE|RECOMPILING|EXPIRY/)
  })

  it('asks for the text before a draft can be submitted, and shows why an upload was refused', async () => {
    vi.mocked(planApi.uploadPlanDocument).mockRejectedValue(
      new ApiError({ status: 415, code: null, title: null, detail: '文件内容不是 PDF 或 Word 文档', fieldErrors: {} }),
    )
    const wrapper = await mountDetail(plan({ documentId: null, documentName: null, mayEdit: true }))
    expect(wrapper.find('[data-testid="plan-upload-first"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="plan-no-action"]').exists()).toBe(false)
    const input = wrapper.get('[data-testid="plan-file-input"]')
    const file = new File(['not a pdf'], '规划.pdf', { type: 'application/pdf' })
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
    await input.trigger('change')
    await settle()
    await flushPromises()
    expect(planApi.uploadPlanDocument).toHaveBeenCalledWith(11, file, 3)
    expect(wrapper.get('[data-testid="plan-upload-error"]').text()).toContain('文件内容不是 PDF 或 Word 文档')
  })
})
