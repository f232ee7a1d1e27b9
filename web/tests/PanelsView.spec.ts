import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/dossier', () => ({
  listRounds: vi.fn(),
}))
vi.mock('@/api/review', () => ({
  addMember: vi.fn(),
  closePanel: vi.fn(),
  decide: vi.fn(),
  detectConflicts: vi.fn(),
  dossierConflicts: vi.fn(),
  dossierScores: vi.fn(),
  drawPanel: vi.fn(),
  exportPanels: vi.fn(),
  listExperts: vi.fn(),
  listPanels: vi.fn(),
  pinConflict: vi.fn(),
  reconcile: vi.fn(),
  replaceMember: vi.fn(),
}))

import * as dossierApi from '@/api/dossier'
import * as reviewApi from '@/api/review'
import type { RoundView } from '@/api/dossier'
import type { DossierProgress, MemberView, PanelView } from '@/api/review'
import PanelsView from '@/views/review/PanelsView.vue'
import { createTestApp, makeMe, settle } from './helpers'

vi.setConfig({ testTimeout: 120_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.restoreAllMocks())
afterEach(() => vi.clearAllMocks())

const round = { id: 7, title: '2026年第一批', programme: 'ECO_CIVILIZATION_ZONE' } as unknown as RoundView

function member(expertId: number, alias: string, overrides: Partial<MemberView> = {}): MemberView {
  return {
    expertId,
    name: `专家${expertId}`,
    organization: '内蒙古大学',
    alias,
    seat: 'MEMBER',
    how: 'DRAWN',
    reason: null,
    removedKind: null,
    removedReason: null,
    ...overrides,
  }
}

function progress(overrides: Partial<DossierProgress> = {}): DossierProgress {
  return {
    dossierId: 9,
    subjectName: '察哈尔右翼中旗',
    regionCode: '150927',
    scorers: 1,
    submitted: 1,
    scoresOpen: true,
    needingReconciliation: [],
    decision: null,
    currentStepCode: 'EXPERT_SCORING',
    opening: 4,
    currentOpening: true,
    ...overrides,
  }
}

function panel(overrides: Partial<PanelView> = {}): PanelView {
  return {
    id: 1,
    roundId: 7,
    stepCode: 'EXPERT_SCORING',
    drawNo: 1,
    state: 'OPEN',
    field: null,
    size: 2,
    alternates: 1,
    seed: 42,
    algorithm: 'L64X128MixRandom',
    eligible: [11, 12, 13],
    members: [member(11, '专家A'), member(12, '专家B'), member(13, '专家C', { seat: 'ALTERNATE' })],
    skipped: [],
    replacements: [],
    dossiers: [progress()],
    aggregation: 'TRIMMED_MEAN',
    maxPerCriterion: 10,
    spreadThreshold: 3,
    scoringNote: null,
    version: 0,
    ...overrides,
  }
}

async function mountWith(panels: PanelView[]) {
  vi.mocked(dossierApi.listRounds).mockResolvedValue({ content: [round], totalElements: 1 } as never)
  vi.mocked(reviewApi.listPanels).mockResolvedValue({ content: panels, page: 0, size: 20, totalElements: panels.length })
  const app = createTestApp(makeMe('PROVINCE_STAFF'))
  const wrapper = mount(PanelsView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  const select = wrapper.findComponent({ name: 'ElSelect' })
  select.vm.$emit('update:modelValue', 7)
  select.vm.$emit('change', 7)
  await settle()
  await flushPromises()
  return wrapper
}

describe('the province panels page', () => {
  it('labels a supplementary panel by its number and lets an old panel decide nothing for a dossier that came back', async () => {
    const old = panel({
      state: 'CLOSED',
      dossiers: [progress({ currentOpening: false, opening: 4 })],
    })
    const wrapper = await mountWith([old, panel({ id: 2, drawNo: 2, dossiers: [progress({ opening: 8 })] })])
    expect(reviewApi.listPanels).toHaveBeenLastCalledWith({ roundId: 7, stepCode: null, state: null, q: '', sort: null }, 0, 20)
    expect(document.body.textContent).toContain('专家评分 · 第1组')
    expect(document.body.textContent).toContain('专家评分 · 第2组')
    await wrapper.get('[data-testid="panel-open-1"]').trigger('click')
    await settle()
    expect(wrapper.get('[data-testid="panel-earlier-9"]').text()).toContain('材料退回后已重新到达')
    expect(wrapper.find('[data-testid="panel-pass-9"]').exists()).toBe(false)
  })

  it('replaces a member who did not show after a confirmation, with the case and the reason', async () => {
    const after = panel({
      members: [
        member(11, '专家A', { seat: 'REMOVED', removedKind: 'NO_SHOW', removedReason: '未到场' }),
        member(12, '专家B'),
        member(13, '专家C', { how: 'PROMOTED', reason: '专家A：未到场' }),
      ],
      replacements: [
        {
          removedName: '专家11',
          kind: 'NO_SHOW',
          reason: '未到场',
          replacementName: '专家13',
          how: 'PROMOTED',
          seed: null,
          algorithm: null,
          recordedBy: 'zhangsan',
          recordedAt: '2026-12-07T03:00:00Z',
        },
      ],
    })
    vi.mocked(reviewApi.replaceMember).mockResolvedValue(after)
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    const wrapper = await mountWith([panel()])
    expect(wrapper.find('[data-testid="panel-replace-13"]').exists()).toBe(false)

    await wrapper.get('[data-testid="panel-replace-11"]').trigger('click')
    await settle()
    const reason = document.body.querySelector('textarea[data-testid="replace-reason"], [data-testid="replace-reason"] textarea') as HTMLTextAreaElement
    reason.value = '评审会当日未到场'
    reason.dispatchEvent(new Event('input'))
    ;(document.body.querySelector('[data-testid="replace-confirm"]') as HTMLElement).click()
    await settle()
    await flushPromises()

    expect(confirm).toHaveBeenCalledOnce()
    expect(String(confirm.mock.calls[0][0])).toContain('专家A（专家11）')
    expect(reviewApi.replaceMember).toHaveBeenCalledWith(1, 11, 'NO_SHOW', '评审会当日未到场')
    expect(wrapper.get('[data-testid="panel-detail"]').text()).toContain('已替换')
    expect(wrapper.get('[data-testid="panel-replacements"]').text()).toContain('专家11（未到场：未到场）→ 专家13（备选递补）')
  })

  it('replaces nobody when the confirmation is cancelled', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    const wrapper = await mountWith([panel()])
    await wrapper.get('[data-testid="panel-replace-12"]').trigger('click')
    await settle()
    ;(document.body.querySelector('[data-testid="replace-confirm"]') as HTMLElement).click()
    await settle()
    expect(reviewApi.replaceMember).not.toHaveBeenCalled()
  })

  it('lists a dossier\'s conflicts in the conflicts dialog and pins an automatic one', async () => {
    const automatic = { id: 5, expertId: 11, expertName: '专家11', dossierId: 9, type: 'REGION', source: 'AUTOMATIC', detail: '同一旗县' }
    vi.mocked(reviewApi.dossierConflicts).mockResolvedValue([automatic] as never)
    vi.mocked(reviewApi.pinConflict).mockResolvedValue([{ ...automatic, source: 'PINNED' }] as never)
    const wrapper = await mountWith([panel()])

    await wrapper.get('[data-testid="panel-conflicts-9"]').trigger('click')
    await settle()
    await flushPromises()
    expect(reviewApi.dossierConflicts).toHaveBeenCalledWith(1, 9)
    expect(document.body.querySelector('[data-testid="panel-conflicts"]')?.textContent).toContain('专家11')
    ;(document.body.querySelector('[data-testid="conflict-pin-5"]') as HTMLElement).click()
    await settle()
    await flushPromises()

    expect(reviewApi.pinConflict).toHaveBeenCalledWith(1, 9, 5)
    expect(document.body.querySelector('[data-testid="conflict-pin-5"]')).toBeNull()
  })

  it('lists the round\'s panels, opens its only panel and exports the list as shown', async () => {
    const wrapper = await mountWith([panel()])
    expect(wrapper.get('[data-testid="panel-detail"]').text()).toContain('专家评分 · 第1组')
    wrapper.findComponent({ name: 'ElTable' }).vm.$emit('sort-change', { column: { columnKey: 'field' }, prop: null, order: 'descending' })
    await settle()
    await flushPromises()

    const asked = { roundId: 7, stepCode: null, state: null, q: '', sort: '-field' }
    expect(reviewApi.listPanels).toHaveBeenLastCalledWith(asked, 0, 20)
    await wrapper.get('[data-testid="panel-export"]').trigger('click')
    await flushPromises()
    expect(reviewApi.exportPanels).toHaveBeenCalledWith(asked)
  })
})
