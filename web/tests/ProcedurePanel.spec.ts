import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import type { ProcedureActRequest, RunView } from '@/api/procedure'
import ProcedurePanel from '@/components/ProcedurePanel.vue'
import { ApiError } from '@/utils/apiError'
import { createTestApp, makeMe, settle } from './helpers'
import { allowed, run, task } from './procedureFixtures'

enableAutoUnmount(afterEach)
afterEach(() => vi.restoreAllMocks())
// every irreversible act asks first (issue 14 §3): the user confirms unless a test says otherwise
beforeEach(() => {
  vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
})

type Perform = (request: ProcedureActRequest) => Promise<unknown>

/** The panel inside a page that fills the slot of the FILE step with a filing date. */
function mountPanel(shown: RunView, perform: Perform = vi.fn().mockResolvedValue({})) {
  // an Inner Mongolia user: roles read in its province's words (issue 14 §6)
  const app = createTestApp(makeMe('PREFECTURE_STAFF'), false)
  const Page = defineComponent({
    setup() {
      return () =>
        h(
          ProcedurePanel,
          { run: shown, perform },
          {
            'step-file': ({ fields }: { fields: Record<string, unknown> }) =>
              h('input', {
                'data-testid': 'filed-on',
                onInput: (event: Event) => (fields.filedOn = (event.target as HTMLInputElement).value),
              }),
          },
        )
    },
  })
  const wrapper = mount(Page, { global: { plugins: app.plugins }, attachTo: document.body })
  return { wrapper, perform, panel: () => wrapper.getComponent(ProcedurePanel) }
}

function byTestId(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
}

async function type(id: string, text: string): Promise<void> {
  const input = byTestId(id) as HTMLInputElement | HTMLTextAreaElement | null
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

describe('procedure panel', { timeout: 20_000 }, () => {
  it('offers nothing the server does not allow', async () => {
    const { wrapper } = mountPanel(run({ allowedActions: [] }))
    await settle()
    for (const id of ['procedure-act', 'procedure-return', 'procedure-withdraw', 'procedure-cancel']) {
      expect(wrapper.find(`[data-testid="${id}"]`).exists()).toBe(false)
    }
    expect(wrapper.get('[data-testid="procedure-no-action"]').text()).toBe('当前没有需要您办理的事项')
  })

  it('shows the steps by their regulation names, the parallel tasks and the deadline with its explanation', async () => {
    const shown = run({
      currentStepCode: 'divisions',
      tasks: [
        task({ id: 21, stepCode: 'divisions', state: 'DONE', assigneeOrganizationName: '自然生态保护处' }),
        task({ id: 22, stepCode: 'divisions', state: 'OPEN', assigneeOrganizationName: '综合处' }),
      ],
      deadline: { due: '2026-03-20', overdue: true, explanation: ['自3月3日起算15个工作日'] },
      allowedActions: [],
    })
    const { wrapper } = mountPanel(shown)
    await settle()
    const steps = wrapper.get('[data-testid="procedure-steps"]').text()
    expect(steps).toContain('盟市审核')
    expect(steps).toContain('会审')
    expect(wrapper.get('[data-testid="procedure-task-21"]').text()).toBe('自然生态保护处：已办理')
    expect(wrapper.get('[data-testid="procedure-task-22"]').text()).toBe('综合处：待办理')
    expect(wrapper.get('[data-testid="procedure-deadline"]').text()).toContain('办理期限：2026-03-20')
    expect(wrapper.find('[data-testid="procedure-overdue"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="procedure-deadline-explanation"]').text()).toContain('自3月3日起算15个工作日')
  })

  it('shows who did what in the timeline, with organization, opinion and documents', async () => {
    const { wrapper } = mountPanel(run())
    await settle()
    const timeline = wrapper.get('[data-testid="procedure-timeline"]').text()
    expect(timeline).toContain('办理')
    expect(timeline).toContain('报送')
    expect(timeline).toContain('张县长（旗县（市、区）人民政府）')
    expect(timeline).toContain('单位：太仆寺旗人民政府')
    expect(timeline).toContain('意见：请审核')
    expect(timeline).toContain('附件：1份')
  })

  it('requires the outcome and the opinion, then sends them with the task once confirmed', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    const { perform, panel } = mountPanel(run())
    await settle()
    await click('procedure-act')
    expect(perform).not.toHaveBeenCalled()
    // the form validates its fields one after another: wait for both messages, not the first only
    await vi.waitFor(() => {
      expect(document.body.textContent).toContain('请选择办理结论')
      expect(document.body.textContent).toContain('请填写办理意见')
    })

    await click('procedure-outcome-PASS')
    await type('procedure-opinion', ' 同意 ')
    await click('procedure-act')
    expect(perform).toHaveBeenCalledWith({
      action: 'ACT',
      stepCode: 'league-exam',
      taskId: 11,
      outcome: 'PASS',
      opinion: '同意',
      reason: null,
      fields: {},
    })
    expect(panel().emitted('done')).toHaveLength(1)
  })

  it('refuses a return without a reason and sends it with one', async () => {
    const { perform } = mountPanel(run())
    await settle()
    await click('procedure-return')
    await click('procedure-return-confirm')
    expect(perform).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(document.body.textContent).toContain('请填写退回原因'))

    await type('procedure-return-reason', '材料不全')
    await click('procedure-return-confirm')
    expect(perform).toHaveBeenCalledWith(expect.objectContaining({ action: 'RETURN', reason: '材料不全', opinion: null }))
  })

  it('asks before an examination, saying the outcome and who is told next; sends nothing when not confirmed', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    const { perform } = mountPanel(run())
    await settle()
    await click('procedure-outcome-PASS')
    await type('procedure-opinion', '同意')
    await click('procedure-act')
    expect(confirm).toHaveBeenCalledWith(
      '确定提交“盟市审核”的审核意见（通过）吗？ 办理后转入“处室会审”环节，由处室审核人员办理，系统将通知其办理。',
      '提示',
      expect.anything(),
    )
    expect(perform).not.toHaveBeenCalled()

    confirm.mockResolvedValue('confirm' as unknown as MessageBoxData)
    await click('procedure-act')
    expect(perform).toHaveBeenCalledWith(expect.objectContaining({ action: 'ACT', outcome: 'PASS', opinion: '同意' }))
  })

  it('asks before filing, names the step, and sends the slot fields', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    const filing = run({
      currentStepCode: 'file',
      allowedActions: [allowed({ stepCode: 'file', taskId: 30, outcomes: [], opinionRequired: false })],
    })
    const { perform } = mountPanel(filing)
    await settle()
    await type('filed-on', '2026-04-01')
    await click('procedure-act')
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('确定报送备案“备案”吗'), expect.anything(), expect.anything())
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('办理后流程结束，系统将通知发起人'), expect.anything(), expect.anything())
    expect(perform).toHaveBeenCalledWith(expect.objectContaining({ stepCode: 'file', taskId: 30, fields: { filedOn: '2026-04-01' } }))
  })

  it('does nothing when the withdrawal is not confirmed, and withdraws when it is', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    const { perform } = mountPanel(run({ allowedActions: [allowed({ action: 'WITHDRAW', stepCode: 'submit', taskId: 10 })] }))
    await settle()
    await click('procedure-withdraw')
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('撤回“报送”'), expect.anything(), expect.anything())
    expect(perform).not.toHaveBeenCalled()

    confirm.mockResolvedValue('confirm' as unknown as MessageBoxData)
    await click('procedure-withdraw')
    expect(perform).toHaveBeenCalledWith(expect.objectContaining({ action: 'WITHDRAW', stepCode: 'submit', taskId: 10 }))
  })

  it('asks for the reason of a withdrawal when the server requires one, saying what will happen', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm')
    const { perform } = mountPanel(
      run({ allowedActions: [allowed({ action: 'WITHDRAW', stepCode: 'submit', taskId: 10, reasonRequired: true })] }),
    )
    await settle()
    await click('procedure-withdraw')
    expect(confirm).not.toHaveBeenCalled()
    expect(byTestId('procedure-reason-notice')?.textContent).toContain('撤回“报送”')
    await click('procedure-return-confirm')
    expect(perform).not.toHaveBeenCalled()
    await type('procedure-return-reason', '材料有误')
    await click('procedure-return-confirm')
    expect(perform).toHaveBeenCalledWith(expect.objectContaining({ action: 'WITHDRAW', reason: '材料有误' }))
  })

  it('asks before cancelling the run', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    const { perform } = mountPanel(run({ allowedActions: [allowed({ action: 'CANCEL', stepCode: 'submit', taskId: null })] }))
    await settle()
    await click('procedure-cancel')
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('撤销整个流程'), expect.anything(), expect.anything())
    expect(perform).toHaveBeenCalledWith(expect.objectContaining({ action: 'CANCEL' }))
  })

  it('emits stale when the server answers 409, and shows the server field error', async () => {
    const perform = vi.fn().mockRejectedValue(
      new ApiError({ status: 409, code: 'conflict', title: null, detail: '已被他人办理', fieldErrors: { opinion: '意见过长' } }),
    )
    const { wrapper, panel } = mountPanel(run({ allowedActions: [allowed({ outcomes: ['PASS'] })] }), perform)
    await settle()
    await type('procedure-opinion', '同意')
    await click('procedure-act')
    expect(perform).toHaveBeenCalledWith(expect.objectContaining({ outcome: 'PASS' }))
    expect(panel().emitted('stale')).toHaveLength(1)
    expect(panel().emitted('done')).toBeUndefined()
    await vi.waitFor(() => expect(wrapper.text()).toContain('意见过长'))
  })

  it('is busy while the request runs', async () => {
    let resolve: (value: unknown) => void = () => {}
    const perform = vi.fn().mockReturnValue(new Promise((r) => (resolve = r)))
    const { wrapper } = mountPanel(run({ allowedActions: [allowed({ outcomes: [], opinionRequired: false })] }), perform)
    await settle()
    await click('procedure-act')
    expect(wrapper.get('[data-testid="procedure-act"]').classes()).toContain('is-loading')
    resolve({})
    await settle()
    expect(wrapper.get('[data-testid="procedure-act"]').classes()).not.toContain('is-loading')
  })
})
