import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/review', () => ({
  subjectDeclarations: vi.fn(),
  declareBySubject: vi.fn(),
}))

import * as reviewApi from '@/api/review'
import type { SubjectDeclarations } from '@/api/review'
import type { Role } from '@/api/types'
import { ApiError } from '@/utils/apiError'
import SubjectConflictCard from '@/views/review/SubjectConflictCard.vue'
import { dossier } from './dossierFixtures'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.restoreAllMocks())
afterEach(() => vi.clearAllMocks())

const submitted = dossier({ id: 31, regionCode: '152531', state: 'SUBMITTED', submittedOn: '2026-12-01' })
const none: SubjectDeclarations = { open: true, declarations: [] }

async function mountCard(role: Role = 'COUNTY_GOVERNMENT', region = '152531', d = submitted) {
  const app = createTestApp(makeMe(role, { region: { code: region, name: '多伦县', level: 'COUNTY' } }))
  const wrapper = mount(SubjectConflictCard, { props: { dossier: d }, global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

async function fill(wrapper: Awaited<ReturnType<typeof mountCard>>, name: string, organization: string, note: string) {
  await field(wrapper, 'subject-conflict-name').setValue(name)
  await field(wrapper, 'subject-conflict-organization').setValue(organization)
  await field(wrapper, 'subject-conflict-note').setValue(note)
}

function field(wrapper: Awaited<ReturnType<typeof mountCard>>, id: string) {
  return wrapper.get(`input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`)
}

describe('the subject asks for an expert\'s recusal on the dossier page', () => {
  it('sends the typed name, organization and reason after confirmation, and lists what it typed', async () => {
    vi.mocked(reviewApi.subjectDeclarations)
      .mockResolvedValueOnce(none)
      .mockResolvedValueOnce({
        open: true,
        declarations: [{ id: 1, name: '王明远', organization: '内蒙古大学', note: '曾指导我县规划编制', declaredBy: 'county', declaredAt: '2026-12-07T03:00:00Z' }],
      })
    vi.mocked(reviewApi.declareBySubject).mockResolvedValue()
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    const wrapper = await mountCard()
    expect(reviewApi.subjectDeclarations).toHaveBeenCalledWith(31)
    expect(wrapper.get('[data-testid="subject-conflicts"]').text()).toContain('不会告知是否找到该专家')

    await fill(wrapper, ' 王明远 ', '内蒙古大学', '曾指导我县规划编制')
    await wrapper.get('[data-testid="subject-conflict-submit"]').trigger('click')
    await flushPromises()

    expect(confirm).toHaveBeenCalledOnce()
    expect(String(confirm.mock.calls[0]![0])).toContain('王明远')
    expect(reviewApi.declareBySubject).toHaveBeenCalledWith(31, { name: '王明远', organization: '内蒙古大学', note: '曾指导我县规划编制' })
    const list = wrapper.get('[data-testid="subject-conflict-list"]').text()
    expect(list).toContain('王明远')
    expect(list).toContain('曾指导我县规划编制')
    expect((field(wrapper, 'subject-conflict-name').element as HTMLInputElement).value).toBe('')
  })

  it('sends no organization when none is typed, and nothing when the confirmation is cancelled', async () => {
    vi.mocked(reviewApi.subjectDeclarations).mockResolvedValue(none)
    vi.mocked(reviewApi.declareBySubject).mockResolvedValue()
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel')
    const wrapper = await mountCard()
    await fill(wrapper, '李华', '', '系我县聘请的顾问')
    await wrapper.get('[data-testid="subject-conflict-submit"]').trigger('click')
    await flushPromises()
    expect(reviewApi.declareBySubject).not.toHaveBeenCalled()

    confirm.mockResolvedValueOnce('confirm' as unknown as MessageBoxData)
    await wrapper.get('[data-testid="subject-conflict-submit"]').trigger('click')
    await flushPromises()
    expect(reviewApi.declareBySubject).toHaveBeenCalledWith(31, { name: '李华', organization: null, note: '系我县聘请的顾问' })
  })

  it('asks for the name and the reason before anything is sent, and shows the server\'s field errors', async () => {
    vi.mocked(reviewApi.subjectDeclarations).mockResolvedValue(none)
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    const wrapper = await mountCard()
    await wrapper.get('[data-testid="subject-conflict-submit"]').trigger('click')
    await flushPromises()
    expect(confirm).not.toHaveBeenCalled()
    expect(reviewApi.declareBySubject).not.toHaveBeenCalled()
    // Element Plus shows a form item's error after a short debounce
    await vi.waitFor(() => expect(wrapper.findAll('.el-form-item__error').map((e) => e.text())).toEqual(['必填', '必填']))

    vi.mocked(reviewApi.declareBySubject).mockRejectedValue(
      new ApiError({ status: 400, code: 'validation', title: null, detail: '输入有误', fieldErrors: { organization: '不能超过200个字' } }),
    )
    await fill(wrapper, '李华', '单'.repeat(10), '理由')
    await wrapper.get('[data-testid="subject-conflict-submit"]').trigger('click')
    await flushPromises()
    await vi.waitFor(() => expect(wrapper.findAll('.el-form-item__error').map((e) => e.text())).toEqual(['不能超过200个字']))
  })

  it('offers no form once a panel has finished, but keeps the list', async () => {
    vi.mocked(reviewApi.subjectDeclarations).mockResolvedValue({ open: false, declarations: [] })
    const wrapper = await mountCard()
    expect(wrapper.find('[data-testid="subject-conflict-form"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="subject-conflict-closed"]').text()).toContain('不能再申请回避')
    expect(wrapper.find('[data-testid="subject-conflict-list"]').exists()).toBe(true)
  })

  it('shows nothing to other roles, another region\'s staff, or before the dossier is submitted', async () => {
    vi.mocked(reviewApi.subjectDeclarations).mockResolvedValue(none)
    for (const [role, region, d] of [
      ['PROVINCE_STAFF', '150000', submitted],
      ['EXPERT', '152531', submitted],
      ['COUNTY_GOVERNMENT', '152530', submitted],
      ['COUNTY_GOVERNMENT', '152531', dossier({ id: 31, regionCode: '152531' })],
    ] as const) {
      const wrapper = await mountCard(role, region, d)
      expect(wrapper.find('[data-testid="subject-conflicts"]').exists()).toBe(false)
      wrapper.unmount()
    }
    expect(reviewApi.subjectDeclarations).not.toHaveBeenCalled()
  })
})
