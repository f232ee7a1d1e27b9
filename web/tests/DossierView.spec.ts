import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/dossier', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/dossier')>()),
  getDossier: vi.fn(),
  saveText: vi.fn(),
  uploadMaterial: vi.fn(),
  removeMaterial: vi.fn(),
  answerCondition: vi.fn(),
  submitDossier: vi.fn(),
  actOnDossier: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as api from '@/api/dossier'
import type { DossierView as Dossier } from '@/api/dossier'
import { ApiError } from '@/utils/apiError'
import DossierView from '@/views/dossier/DossierView.vue'
import { createTestApp, makeMe, settle } from './helpers'
import { dossier } from './dossierFixtures'
import { allowed, run } from './procedureFixtures'
import ProcedurePanel from '@/components/ProcedurePanel.vue'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

async function mountDossier(shown: Dossier) {
  vi.mocked(api.getDossier).mockResolvedValue(shown)
  const app = createTestApp(makeMe('COUNTY_GOVERNMENT', { region: { code: '152531', name: '多伦县', level: 'COUNTY' } }))
  await app.router.push({ name: 'dossier', params: { id: String(shown.id) } })
  const wrapper = mount(DossierView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

function q(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
}

async function type(id: string, text: string): Promise<void> {
  const input = q(id)?.querySelector('textarea') ?? (q(id) as HTMLTextAreaElement | null)
  if (!input) throw new Error(`no input ${id}`)
  ;(input as HTMLTextAreaElement).value = text
  input.dispatchEvent(new Event('input'))
  await settle(2)
}

const ready = () =>
  dossier({
    blockers: [],
    indicators: { ...dossier().indicators, notMet: [], blocksSubmission: false },
    exclusions: { ...dossier().exclusions!, verdicts: [], excluded: false, needsJudgement: false },
  })

describe('dossier page', { timeout: 20_000 }, () => {
  it('shows each material green, amber or red with its rule, article and the uncertain note', async () => {
    const wrapper = await mountDossier(dossier())
    expect(wrapper.get('[data-testid="dossier-material-status-STORY"]').text()).toBe('需注意')
    expect(wrapper.get('[data-testid="dossier-material-status-PHOTOS"]').text()).toBe('缺少或不符合')
    expect(wrapper.get('[data-testid="dossier-material-status-LETTER"]').text()).toBe('符合')
    const story = wrapper.get('[data-testid="dossier-material-STORY"]').text()
    expect(story).toContain('约2000字')
    expect(story).toContain('第十二条（五）')
    expect(story).toContain('规程仅称“2000字左右”，按±20%核对')
    expect(wrapper.get('[data-testid="dossier-photos-missing-PHOTOS"]').text()).toContain('还需 4 张')
    expect(wrapper.get('[data-testid="dossier-photo-501"]').text()).toContain('4000×3000')
    expect(wrapper.get('[data-testid="dossier-window"]').text()).toContain('2026-11-01 至 2026-12-31（按生态环境部通知组织申报，第九条）')
  })

  it('counts the characters while the story is typed and turns green inside the tolerance', async () => {
    const wrapper = await mountDossier(dossier())
    const count = () => wrapper.get('[data-testid="dossier-text-count-STORY"]')
    expect(count().text()).toBe('200 字')
    expect(wrapper.get('[data-testid="dossier-text-verdict-STORY"]').text()).toBe('字数偏少')
    await type('dossier-text-input-STORY', '文'.repeat(1700) + ' \n ')
    expect(count().text()).toBe('1700 字')
    expect(count().get('.el-tag').classes()).toContain('el-tag--success')
    expect(wrapper.find('[data-testid="dossier-text-verdict-STORY"]').exists()).toBe(false)
    await type('dossier-text-input-STORY', '文'.repeat(2401))
    expect(wrapper.get('[data-testid="dossier-text-verdict-STORY"]').text()).toBe('字数偏多')
  })

  it('says what still blocks submission and keeps the button disabled', async () => {
    const wrapper = await mountDossier(dossier())
    const blockers = wrapper.get('[data-testid="dossier-blockers"]')
    expect(blockers.text()).toContain('还有 2 项未满足')
    expect(blockers.text()).toContain('图片：照片少于5张')
    expect(blockers.text()).toContain('存在否决情形：发生重大突发环境事件')
    const button = wrapper.get('[data-testid="dossier-submit"]')
    expect(button.attributes('disabled')).toBeDefined()
    expect(button.text()).toBe('暂不能提交（2 项未满足）')
  })

  it('shows the exclusions record by record with links, and the binding indicators not met', async () => {
    const wrapper = await mountDossier(dossier())
    expect(wrapper.get('[data-testid="exclusions-window"]').text()).toContain('2023-11-20 至 2026-11-20')
    expect(wrapper.get('[data-testid="exclusion-outcome-MAJOR_INCIDENT"]').text()).toBe('不得申报')
    expect(wrapper.get('[data-testid="exclusion-outcome-PETITIONS"]').text()).toBe('需人工判断')
    expect(wrapper.get('[data-testid="exclusion-record-77"]').text()).toContain('尾矿库泄漏')
    expect(wrapper.get('[data-testid="exclusion-figures-PETITIONS"]').text()).toContain('41 / 50 = 82.0 %')
    expect(wrapper.get('[data-testid="dossier-snapshot-not-met"]').text()).toContain('按第十条（三）不能提交')
    expect(wrapper.get('[data-testid="dossier-snapshot-met-PM25"]').text()).toBe('未达标')
    expect(wrapper.get('[data-testid="dossier-condition-state-PLAN_IN_FORCE"]').text()).toBe('平台核验：符合')
    expect(wrapper.find('[data-testid="dossier-answer-PLAN_IN_FORCE"]').exists()).toBe(false)
  })

  it('submits only after the confirmation, with the version it read', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    vi.mocked(api.submitDossier).mockResolvedValue(ready())
    const wrapper = await mountDossier(ready())
    expect(wrapper.get('[data-testid="dossier-ready"]').text()).toBe('各项已满足，可以提交。')
    await wrapper.get('[data-testid="dossier-submit"]').trigger('click')
    await flushPromises()
    expect(confirm).toHaveBeenCalledOnce()
    expect(String(confirm.mock.calls[0][0])).toContain('提交后材料和指标快照将冻结')
    expect(api.submitDossier).toHaveBeenCalledWith(41, 4)
  })

  it('does not submit when the confirmation is cancelled', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    const wrapper = await mountDossier(ready())
    await wrapper.get('[data-testid="dossier-submit"]').trigger('click')
    await flushPromises()
    expect(api.submitDossier).not.toHaveBeenCalled()
  })

  it('reloads the dossier when the server refuses the submission with its blockers', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    vi.mocked(api.submitDossier).mockRejectedValue(
      new ApiError({ status: 422, code: 'error.dossier.blocked', title: null, detail: '仍有未满足项', fieldErrors: {} }),
    )
    const wrapper = await mountDossier(ready())
    vi.mocked(api.getDossier).mockResolvedValue(dossier())
    await wrapper.get('[data-testid="dossier-submit"]').trigger('click')
    await flushPromises()
    await settle()
    expect(api.getDossier).toHaveBeenCalledTimes(2)
    expect(wrapper.get('[data-testid="dossier-blockers"]').text()).toContain('图片：照片少于5张')
  })

  it('sends several photos one request each, in turn, each with the version the last answer carried', async () => {
    const first = dossier({ version: 5 })
    const second = dossier({ version: 6 })
    vi.mocked(api.uploadMaterial).mockResolvedValueOnce(first).mockResolvedValueOnce(second)
    const wrapper = await mountDossier(dossier())
    const input = wrapper.get('[data-testid="dossier-file-input-PHOTOS"]').element as HTMLInputElement
    const files = [new File(['a'], '1.png', { type: 'image/png' }), new File(['b'], '2.png', { type: 'image/png' })]
    Object.defineProperty(input, 'files', { value: files, configurable: true })
    input.dispatchEvent(new Event('change'))
    await flushPromises()
    await settle()
    expect(vi.mocked(api.uploadMaterial).mock.calls.map((c) => [c[1], c[2].name, c[3]])).toEqual([
      ['PHOTOS', '1.png', 4],
      ['PHOTOS', '2.png', 5],
    ])
  })

  it('shows a refused photo by name with the server’s message', async () => {
    vi.mocked(api.uploadMaterial).mockRejectedValue(
      new ApiError({ status: 415, code: 'unsupported', title: null, detail: '“x.png”不是图片', fieldErrors: { file: '“x.png”不是JPEG或PNG图片' } }),
    )
    const wrapper = await mountDossier(dossier())
    const input = wrapper.get('[data-testid="dossier-file-input-PHOTOS"]').element as HTMLInputElement
    Object.defineProperty(input, 'files', { value: [new File(['MZ'], 'x.png')], configurable: true })
    input.dispatchEvent(new Event('change'))
    await flushPromises()
    await settle()
    expect(wrapper.get('[data-testid="dossier-queue-PHOTOS"]').text()).toContain('“x.png”不是JPEG或PNG图片')
  })

  it('removes a photo only after the confirmation', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel').mockResolvedValueOnce('confirm' as unknown as MessageBoxData)
    vi.mocked(api.removeMaterial).mockResolvedValue(dossier())
    const wrapper = await mountDossier(dossier())
    await wrapper.get('[data-testid="dossier-remove-501"]').trigger('click')
    await flushPromises()
    expect(api.removeMaterial).not.toHaveBeenCalled()
    await wrapper.get('[data-testid="dossier-remove-501"]').trigger('click')
    await flushPromises()
    expect(confirm).toHaveBeenCalledTimes(2)
    expect(api.removeMaterial).toHaveBeenCalledWith(41, 'PHOTOS', 501, 4)
  })

  it('offers no editing and no submission once submitted', async () => {
    const wrapper = await mountDossier(dossier({ state: 'SUBMITTED', allowedActions: [], submittedOn: '2026-11-25' }))
    expect(wrapper.find('[data-testid="dossier-submit"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="dossier-upload-PHOTOS"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="dossier-remove-501"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="dossier-state"]').text()).toBe('已提交')
  })
})

describe('eligibility answers', { timeout: 20_000 }, () => {
  it('saves one answer after another, keeping what was typed in the other, each with the version the last answer carried', async () => {
    const two = {
      ...dossier(),
      eligibility: [
        { code: 'A', textZh: '条件甲', article: '第九条（一）', automatic: false, met: null, explanationZh: null, answer: null, documentIds: [] },
        { code: 'B', textZh: '条件乙', article: '第九条（二）', automatic: false, met: null, explanationZh: null, answer: null, documentIds: [] },
      ],
    }
    const afterFirst = { ...two, version: 5, eligibility: [{ ...two.eligibility[0], answer: '甲已答' }, two.eligibility[1]] }
    vi.mocked(api.answerCondition).mockResolvedValueOnce(afterFirst).mockResolvedValueOnce({ ...afterFirst, version: 6 })
    const wrapper = await mountDossier(two)
    await type('dossier-answer-A', '甲已答')
    await type('dossier-answer-B', '乙已答')
    await wrapper.get('[data-testid="dossier-answer-save-A"]').trigger('click')
    await flushPromises()
    await settle()
    expect(wrapper.get('[data-testid="dossier-condition-state-A"]').text()).toBe('已填写')
    // what was typed in B before A was saved is still there
    await wrapper.get('[data-testid="dossier-answer-save-B"]').trigger('click')
    await flushPromises()
    expect(vi.mocked(api.answerCondition).mock.calls.map((c) => [c[1], c[2], c[4]])).toEqual([
      ['A', '甲已答', 4],
      ['B', '乙已答', 5],
    ])
  })

  it('sends an ACT with its opinion, which the dossier endpoint reads as the reason', async () => {
    const shown = dossier({ state: 'SUBMITTED', run: run() } as Partial<Dossier>)
    vi.mocked(api.actOnDossier).mockResolvedValue(shown)
    const wrapper = await mountDossier(shown)

    const perform = wrapper.findComponent(ProcedurePanel).props('perform') as (r: unknown) => Promise<unknown>
    await perform({ action: 'ACT', taskId: 11, outcome: 'PASS', opinion: '同意上报', reason: undefined })

    expect(vi.mocked(api.actOnDossier)).toHaveBeenCalledWith(shown.id, 'ACT', shown.version, '同意上报', 11, 'PASS')
  })

  it('shows the opinion box at a step whose opinion is optional, since the dossier endpoint keeps it as the reason', async () => {
    // e.g. a division's check or the panel's step: the act takes an opinion though it does not require one
    const optional = allowed({ stepCode: 'divisions', outcomes: ['PASS'], opinionRequired: false })
    const shown = dossier({
      state: 'SUBMITTED',
      run: run({ currentStepCode: 'divisions', allowedActions: [optional] }),
    } as Partial<Dossier>)
    vi.mocked(api.actOnDossier).mockResolvedValue(shown)
    const wrapper = await mountDossier(shown)

    expect(wrapper.findComponent(ProcedurePanel).props('withoutOpinion') ?? []).not.toContain('divisions')
    expect(q('procedure-opinion')).not.toBeNull()
  })
})
