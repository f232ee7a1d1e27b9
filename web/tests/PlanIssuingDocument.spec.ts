import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/plan', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/plan')>()),
  getPlan: vi.fn(),
  actOnPlan: vi.fn(),
  promulgateWithDocument: vi.fn(),
  downloadPlanDocument: vi.fn(),
  listPlanRegulations: vi.fn(),
}))
vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  listEditions: vi.fn().mockResolvedValue([]),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as planApi from '@/api/plan'
import type { PlanText, PlanView } from '@/api/plan'
import { ApiError } from '@/utils/apiError'
import PlanDetailView from '@/views/plan/PlanDetailView.vue'
import { issuingDocumentOf, promulgationConfirmKey, textVersionOf, textVersionsNewestFirst } from '@/views/plan/planTexts'
import { createTestApp, makeMe, settle } from './helpers'
import { at, plan, planRun, promulgated } from './planFixtures'

/** Issue 14 §4: the promulgation carries its issuing document (印发文件) as a file, named before it is sent. */
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())
beforeEach(() => {
  vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
})

function file(kind: PlanText['kind'], number: number, documentId: number, name: string, overrides: Partial<PlanText> = {}): PlanText {
  return {
    kind,
    number,
    documentId,
    name,
    type: 'PDF',
    size: 2048,
    sha256: 'a'.repeat(64),
    uploadedBy: 'xlht.gov',
    uploadedAt: '2026-09-25T02:00:00Z',
    seenBy: [],
    promulgated: false,
    current: false,
    ...overrides,
  }
}

const text = file('TEXT', 1, 5, '规划（印发稿）.pdf', { seenBy: ['PROMULGATED'], promulgated: true, current: true })
const issuing = file('ISSUING_DOCUMENT', 1, 9, '关于印发规划的通知.pdf', { seenBy: ['PROMULGATED'], promulgated: true })

async function mountDetail(shown: PlanView) {
  vi.mocked(planApi.getPlan).mockResolvedValue(shown)
  const app = createTestApp(makeMe('COUNTY_GOVERNMENT'))
  await app.router.push({ name: 'plan', params: { id: String(shown.id) } })
  const wrapper = mount(PlanDetailView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

async function click(id: string): Promise<void> {
  const element = document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
  if (!element) throw new Error(`no element ${id}`)
  element.click()
  await settle()
  await flushPromises()
}

/** Fills body and document number of the promulgation step (its date starts at today). */
async function fillPromulgation(): Promise<void> {
  const number = document.querySelector<HTMLInputElement>('[data-testid="plan-document-number"]')
  if (!number) throw new Error('no number')
  number.value = '锡政发〔2026〕12号'
  number.dispatchEvent(new Event('input'))
  await settle(2)
  await click('plan-body')
  await click('plan-body-2')
}

async function choose(wrapper: Awaited<ReturnType<typeof mountDetail>>, chosen: File): Promise<void> {
  const input = wrapper.get('[data-testid="plan-issuing-input"]')
  Object.defineProperty(input.element, 'files', { value: [chosen], configurable: true })
  await input.trigger('change')
  await settle()
}

describe('the issuing document of a promulgation', { timeout: 60_000 }, () => {
  it('sends the chosen file with the promulgation after a confirmation that names it', async () => {
    vi.mocked(planApi.promulgateWithDocument).mockResolvedValue(promulgated({ texts: [text, issuing], issuingDocument: issuing }))
    const wrapper = await mountDetail(at('PROMULGATE', ['ACT']))
    const chosen = new File(['%PDF'], '关于印发规划的通知.pdf', { type: 'application/pdf' })
    await choose(wrapper, chosen)
    expect(wrapper.get('[data-testid="plan-issuing-name"]').text()).toBe('关于印发规划的通知.pdf')
    await fillPromulgation()
    await click('procedure-act')
    expect(ElMessageBox.confirm).toHaveBeenCalledWith(expect.stringContaining('印发文件《关于印发规划的通知.pdf》随之存档'), '提示', expect.anything())
    expect(planApi.promulgateWithDocument).toHaveBeenCalledWith(
      11,
      3,
      { body: '锡林浩特市人民政府', promulgatedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), documentNumber: '锡政发〔2026〕12号' },
      chosen,
    )
    expect(planApi.actOnPlan).not.toHaveBeenCalled()
  })

  it('says no file is attached when none was chosen, and sends nothing when not confirmed', async () => {
    vi.mocked(ElMessageBox.confirm).mockRejectedValueOnce('cancel')
    await mountDetail(at('PROMULGATE', ['ACT']))
    await fillPromulgation()
    await click('procedure-act')
    expect(ElMessageBox.confirm).toHaveBeenCalledWith(expect.stringContaining('本次未附印发文件，登记后不能补传'), '提示', expect.anything())
    expect(planApi.actOnPlan).not.toHaveBeenCalled()
    expect(planApi.promulgateWithDocument).not.toHaveBeenCalled()
  })

  it('promulgates through the usual endpoint without a file, and a removed file is not sent', async () => {
    vi.mocked(planApi.actOnPlan).mockResolvedValue(promulgated())
    const wrapper = await mountDetail(at('PROMULGATE', ['ACT']))
    await choose(wrapper, new File(['x'], '错选.pdf'))
    await click('plan-issuing-remove')
    expect(wrapper.find('[data-testid="plan-issuing-name"]').exists()).toBe(false)
    await fillPromulgation()
    await click('procedure-act')
    expect(planApi.promulgateWithDocument).not.toHaveBeenCalled()
    expect(planApi.actOnPlan).toHaveBeenCalledWith(11, 'promulgate', 3, expect.objectContaining({ documentNumber: '锡政发〔2026〕12号' }))
  })

  it('shows a refused file once, beside the issuing document field', async () => {
    vi.mocked(planApi.promulgateWithDocument).mockRejectedValue(
      new ApiError({ status: 415, code: 'unsupported-type', title: null, detail: '文件类型不支持', fieldErrors: { file: '只接受 PDF、OFD、DOCX、DOC、WPS 文件' } }),
    )
    const wrapper = await mountDetail(at('PROMULGATE', ['ACT']))
    await choose(wrapper, new File(['x'], '通知.pdf'))
    await fillPromulgation()
    await click('procedure-act')
    await vi.waitFor(() => expect(wrapper.get('[data-testid="plan-issuing-item"]').text()).toContain('只接受 PDF、OFD、DOCX、DOC、WPS 文件'))
    expect(document.body.textContent?.split('只接受 PDF、OFD、DOCX、DOC、WPS 文件')).toHaveLength(2)
  })

  it('lists the issuing document beside the text versions, links it from the promulgation and downloads it', async () => {
    const shown = promulgated({ texts: [text, issuing], issuingDocument: issuing, run: planRun('FILE', []) })
    shown.run!.timeline = [
      { stepCode: 'PROMULGATE', action: 'ACT', actorName: '锡林浩特市人民政府', actorRole: 'COUNTY_GOVERNMENT', at: '2026-09-25T02:00:00Z', opinion: null, outcome: null, documentIds: [5, 9] },
    ] as unknown as NonNullable<PlanView['run']>['timeline']
    const wrapper = await mountDetail(shown)
    expect(wrapper.get('[data-testid="plan-text-issuing"]').text()).toBe('印发文件')
    expect(wrapper.findAll('[data-testid="plan-text-number"]').map((n) => n.text())).toEqual(['第1版'])
    expect(wrapper.findAll('[data-testid="plan-text-promulgated"]')).toHaveLength(1)
    expect(document.body.textContent).toContain('印发文件《关于印发规划的通知.pdf》')
    await click('plan-issuing-download')
    expect(planApi.downloadPlanDocument).toHaveBeenCalledWith(11, '关于印发规划的通知.pdf', 9)
  })

  it('keeps text version numbers and issuing documents apart', () => {
    const shown = plan({ texts: [text, issuing] })
    expect(textVersionOf(shown, 9)).toBeNull()
    expect(textVersionOf(shown, 5)).toBe(1)
    expect(issuingDocumentOf(shown, 9)?.name).toBe('关于印发规划的通知.pdf')
    expect(textVersionsNewestFirst(shown).map((v) => v.documentId)).toEqual([9, 5])
    expect(promulgationConfirmKey('PROMULGATE', {})).toBe('planIssuing.confirmWithout')
    expect(promulgationConfirmKey('PROMULGATE', { issuingDocument: new File(['x'], 'a.pdf') })).toBe('planIssuing.confirmWith')
    expect(promulgationConfirmKey('FILE', {})).toBeNull()
  })
})
