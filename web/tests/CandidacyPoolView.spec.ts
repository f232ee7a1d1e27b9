import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/candidacy', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/candidacy')>()),
  listCandidacies: vi.fn(),
  getCandidacy: vi.fn(),
  transitionCandidacy: vi.fn(),
  exportCandidacies: vi.fn(),
  createCandidacy: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as api from '@/api/candidacy'
import type { Candidacy } from '@/api/candidacy'
import type { Role } from '@/api/types'
import CandidacyPoolView from '@/views/candidacy/CandidacyPoolView.vue'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

function candidacy(overrides: Partial<Candidacy> = {}): Candidacy {
  return {
    id: 5,
    regionCode: '520302',
    regionName: '红花岗区',
    unitId: null,
    subjectName: '红花岗区',
    programme: 'TWO_MOUNTAINS_BASE',
    regulationCode: 'GZ-TWOMTN-2021',
    regulationVersion: 1,
    state: 'RESERVE',
    note: null,
    createdBy: 'gz.staff',
    createdAt: '2026-01-05T02:00:00Z',
    updatedAt: '2026-01-05T02:00:00Z',
    version: 0,
    allowedActions: ['CULTIVATE', 'START_PLANNING', 'WITHDRAW'],
    timeline: [],
    links: [],
    ...overrides,
  }
}

async function mountPool(role: Role, region: { code: string; name: string; level: 'PROVINCE' | 'PREFECTURE' | 'COUNTY' }, rows: Candidacy[]) {
  vi.mocked(api.listCandidacies).mockResolvedValue({ content: rows, page: 0, size: 20, totalElements: rows.length })
  const app = createTestApp(makeMe(role, { region }))
  await app.router.push({ name: 'candidacies' })
  const wrapper = mount(CandidacyPoolView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

describe('candidate pool', () => {
  it('lists candidacies with states in words, the allowed actions as buttons and the province’s vocabulary', async () => {
    const wrapper = await mountPool('PREFECTURE_STAFF', { code: '520300', name: '遵义市', level: 'PREFECTURE' }, [candidacy()])
    const text = wrapper.get('[data-testid="cd-table"] .el-table__body').text()
    expect(text).toContain('红花岗区')
    expect(text).toContain('储备')
    expect(text).toContain('GZ-TWOMTN-2021 v1')
    expect(wrapper.find('[data-testid="cd-CULTIVATE-5"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="cd-TITLE-5"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="cd-create"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('市（州）生态环境局')
  })

  it('offers a county no create and no actions', async () => {
    const wrapper = await mountPool('COUNTY_GOVERNMENT', { code: '152502', name: '锡林浩特市', level: 'COUNTY' }, [candidacy({ allowedActions: [] })])
    expect(wrapper.find('[data-testid="cd-create"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="cd-CULTIVATE-5"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('盟市生态环境局')
  })

  it('moves a candidacy without a reason where none is needed, sending its version', async () => {
    vi.mocked(api.transitionCandidacy).mockResolvedValue(candidacy({ state: 'CULTIVATING', version: 1 }))
    const wrapper = await mountPool('PROVINCE_STAFF', { code: '520000', name: '贵州省', level: 'PROVINCE' }, [candidacy()])
    await wrapper.get('[data-testid="cd-CULTIVATE-5"]').trigger('click')
    await flushPromises()
    expect(api.transitionCandidacy).toHaveBeenCalledWith(5, 'CULTIVATE', 0, null)
    expect(api.listCandidacies).toHaveBeenCalledTimes(2)
  })

  it('asks the reason before withdrawing and refuses to send without one', async () => {
    vi.mocked(api.transitionCandidacy).mockResolvedValue(candidacy({ state: 'WITHDRAWN', version: 1, allowedActions: [] }))
    const wrapper = await mountPool('PROVINCE_STAFF', { code: '520000', name: '贵州省', level: 'PROVINCE' }, [candidacy()])
    await wrapper.get('[data-testid="cd-WITHDRAW-5"]').trigger('click')
    await settle()
    const form = document.body.querySelector('[data-testid="cd-reason-form"]')
    expect(form).not.toBeNull()
    ;(document.body.querySelector('[data-testid="cd-reason-save"]') as HTMLElement).click()
    await settle()
    await flushPromises()
    expect(api.transitionCandidacy).not.toHaveBeenCalled()
    const textarea = form!.querySelector('textarea') as HTMLTextAreaElement
    textarea.value = '县政府申请暂缓创建'
    textarea.dispatchEvent(new Event('input'))
    await settle()
    ;(document.body.querySelector('[data-testid="cd-reason-save"]') as HTMLElement).click()
    await settle()
    await flushPromises()
    expect(api.transitionCandidacy).toHaveBeenCalledWith(5, 'WITHDRAW', 0, '县政府申请暂缓创建')
  })

  it('exports the list with the filters applied', async () => {
    const wrapper = await mountPool('PROVINCE_STAFF', { code: '520000', name: '贵州省', level: 'PROVINCE' }, [candidacy()])
    await wrapper.get('[data-testid="cd-export"]').trigger('click')
    await flushPromises()
    expect(api.exportCandidacies).toHaveBeenCalledWith(expect.objectContaining({ state: null, programme: null }))
  })
})
