import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/enforcement', async (original) => ({
  ...(await original<typeof import('@/api/enforcement')>()),
  getRectification: vi.fn(),
  getProposal: vi.fn(),
  reportRectification: vi.fn(),
  uploadRectificationDocument: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as api from '@/api/enforcement'
import type { Evidence, ProposalView, RectificationView } from '@/api/enforcement'
import ProposalDetailView from '@/views/enforcement/ProposalDetailView.vue'
import RectificationDetailView from '@/views/enforcement/RectificationDetailView.vue'
import { canUpload, lateCompletion } from '@/views/enforcement/enforcementLogic'
import { createTestApp, makeMe, settle } from './helpers'
import { allowed, run } from './procedureFixtures'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const rectifyRun = run({
  steps: [
    { code: 'RECTIFY', nameZh: '提交整改情况报告', kind: 'SUBMIT', article: '第十七条', period: null, actorRoles: ['COUNTY_GOVERNMENT'] },
    { code: 'ACCEPT', nameZh: '确认整改完成', kind: 'EXAMINE', article: '第十八条', period: null, actorRoles: ['PROVINCE_STAFF'] },
  ],
  currentStepCode: 'RECTIFY',
  tasks: [],
  deadline: null,
  timeline: [],
  allowedActions: [allowed({ stepCode: 'RECTIFY', taskId: 31, outcomes: [], opinionRequired: false })],
})

function rectification(overrides: Partial<RectificationView> = {}): RectificationView {
  return {
    id: 5,
    titleId: 3,
    regionCode: '150103',
    regionName: '回民区',
    subjectName: '回民区人民政府',
    stage: 'RECTIFICATION',
    origin: 'SITE_CHECK',
    orderedOn: '2026-11-02',
    dueOn: '2026-11-06',
    state: 'OPEN',
    candidacyId: 4,
    regulationCode: 'IM-ECOCIV-2022',
    regulationVersion: 3,
    proposalId: null,
    checkId: 9,
    textZh: '督促加快推进问题整改',
    workingDays: 4,
    periodArticle: '第十八条',
    periodNote: null,
    dueExplanation: [],
    report: null,
    reportedOn: null,
    awaitingAcceptance: false,
    documents: [{ id: 71, name: 'report.pdf', uploadedBy: 'county', uploadedAt: '2026-11-03T02:00:00Z' }],
    orderedBy: 'fixture',
    createdAt: '2026-11-02T02:00:00Z',
    run: rectifyRun,
    version: 1,
    ...overrides,
  }
}

async function mountRectification(shown: RectificationView) {
  vi.mocked(api.getRectification).mockResolvedValue(shown)
  const app = createTestApp(makeMe('COUNTY_GOVERNMENT', { region: { code: '150103', name: '回民区', level: 'COUNTY' } }))
  await app.router.push({ name: 'enforcement-rectification', params: { id: String(shown.id) } })
  const wrapper = mount(RectificationDetailView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

const late: Evidence = {
  source: 'RECTIFICATION',
  recordId: 5,
  kind: 'COMPLETED_LATE',
  summary: 'late summary',
  occurredOn: '2026-11-10',
  year: null,
  value: null,
}

describe('rectification page', { timeout: 20_000 }, () => {
  it('lists the report documents with their download links and offers the upload to the subject holding the task', async () => {
    const wrapper = await mountRectification(rectification())
    const link = wrapper.get('[data-testid="rectification-documents"] a')
    expect(link.text()).toBe('report.pdf')
    expect(link.attributes('href')).toBe('/api/rectifications/5/documents/71')
    expect(wrapper.find('[data-testid="rectification-upload"]').exists()).toBe(true)
  })

  it('offers no upload to a reader without the task, nor once the rectification is completed', async () => {
    const reader = rectification({ run: { ...rectifyRun, allowedActions: [] } })
    expect(canUpload(reader)).toBe(false)
    expect(canUpload(rectification({ state: 'COMPLETED' }))).toBe(false)
    const wrapper = await mountRectification(reader)
    expect(wrapper.find('[data-testid="rectification-upload"]').exists()).toBe(false)
  })

  it('says the report awaits the department while the period is paused', async () => {
    const wrapper = await mountRectification(
      rectification({ report: 'done', reportedOn: '2026-11-05', awaitingAcceptance: true, run: { ...rectifyRun, allowedActions: [] } }),
    )
    expect(wrapper.get('[data-testid="rectification-awaiting"]').text()).toContain('2026-11-05')
  })
})

describe('proposal page', { timeout: 20_000 }, () => {
  it('shows that the rectification it was opened on was completed late', async () => {
    expect(lateCompletion([late])).toEqual(late)
    expect(lateCompletion([{ ...late, kind: 'RECTIFICATION' }])).toBeNull()
    const proposal = {
      id: 8,
      titleId: 3,
      regionCode: '150103',
      regionName: '回民区',
      subjectName: '回民区人民政府',
      sanctionCode: 'REVOCATION',
      sanctionText: 'text',
      article: '第十八条',
      state: 'OPEN',
      measure: null,
      severity: null,
      openedAt: '2026-11-06T02:00:00Z',
      candidacyId: 4,
      programme: 'ECO_CIVILIZATION_ZONE',
      regulationCode: 'IM-ECOCIV-2022',
      regulationVersion: 3,
      noteZh: null,
      allowed: ['WARNING', 'REVOCATION'],
      options: [],
      reason: null,
      decidingBody: null,
      documentNumber: null,
      decidedBy: null,
      decidedAt: null,
      rectificationId: 5,
      evidence: [late],
      run: null,
      version: 2,
    } as ProposalView
    vi.mocked(api.getProposal).mockResolvedValue(proposal)
    const app = createTestApp(makeMe('PROVINCE_STAFF', { region: { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' } }))
    await app.router.push({ name: 'enforcement-proposal', params: { id: '8' } })
    const wrapper = mount(ProposalDetailView, { global: { plugins: app.plugins }, attachTo: document.body })
    await settle()
    await flushPromises()
    const alert = wrapper.get('[data-testid="proposal-completed-late"]')
    expect(alert.text()).toContain('2026-11-10')
    expect(alert.text()).toContain('late summary')
  })
})
