import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/publicity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/publicity')>()),
  fileComplaint: vi.fn(),
  attachToComplaint: vi.fn(),
}))

import * as publicityApi from '@/api/publicity'
import type { PublicNotice } from '@/api/publicity'
import { ApiError } from '@/utils/apiError'
import ComplaintForm from '@/views/publicity/ComplaintForm.vue'
import { createTestApp, settle } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const notice: PublicNotice = {
  id: 12,
  title: '“两山”基地预审推荐地区公示',
  programme: 'TWO_MOUNTAINS_BASE',
  issuerName: '黔东南州生态环境局',
  documentNumber: '黔东南环函〔2026〕8号',
  publishedOn: '2026-04-30',
  endsOn: '2026-05-09',
  workingDays: 5,
  minimum: true,
  explanation: ['自2026-04-30起算……'],
  wherePublished: '市（州）级政府或生态环境主管部门',
  howToComplain: '可在本页面在线提交投诉、举报。',
  correction: null,
  open: true,
  article: '第十条',
  uncertainNote: '“不少于5个工作日”',
  listed: [
    { dossierId: 7, regionCode: '522631', regionName: '黎平县', subjectName: '黎平县人民政府' },
    { dossierId: 8, regionCode: '522632', regionName: '榕江县', subjectName: '榕江县人民政府' },
  ],
}

async function mountForm(n: PublicNotice = notice): Promise<VueWrapper> {
  const app = createTestApp(null)
  const wrapper = mount(ComplaintForm, { props: { notice: n }, global: { plugins: app.plugins } })
  await settle()
  return wrapper
}

async function choose(wrapper: VueWrapper, dossierId: number): Promise<void> {
  const select = wrapper.findAllComponents({ name: 'ElSelect' }).find((c) => c.attributes('data-testid') === 'complaint-dossier')
  if (!select) throw new Error('no dossier select')
  select.vm.$emit('update:modelValue', dossierId)
  await settle()
}

/** Types into the Element Plus input or textarea carrying the test id (on the element itself or its wrapper). */
async function type(wrapper: VueWrapper, testId: string, value: string): Promise<void> {
  const found = wrapper.get(`[data-testid="${testId}"]`)
  const tag = found.element.tagName
  const field = tag === 'INPUT' || tag === 'TEXTAREA' ? found : found.get('input, textarea')
  await field.setValue(value)
  await settle()
}

async function realName(wrapper: VueWrapper): Promise<void> {
  const box = wrapper.findAllComponents({ name: 'ElCheckbox' }).find((c) => c.attributes('data-testid') === 'complaint-real-name')
  if (!box) throw new Error('no real-name checkbox')
  box.vm.$emit('update:modelValue', true)
  await settle()
}

async function submit(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('form').trigger('submit')
  await settle()
  await flushPromises()
}

describe('complaint form', () => {
  it('files an anonymous complaint without name or contact and shows the tracking number and how it is treated', async () => {
    vi.mocked(publicityApi.fileComplaint).mockResolvedValue({ trackingNumber: 'ABCDEFGHJKLMNPQR', realName: false })
    const wrapper = await mountForm()
    expect(wrapper.text()).toContain('匿名投诉同样受理')
    await choose(wrapper, 8)
    await type(wrapper, 'complaint-text', '典型案例存在夸大')
    await submit(wrapper)
    expect(publicityApi.fileComplaint).toHaveBeenCalledWith(12, { dossierId: 8, name: null, contact: null, text: '典型案例存在夸大' })
    expect(wrapper.get('[data-testid="complaint-tracking"]').text()).toBe('ABCDEFGHJKLMNPQR')
    expect(wrapper.get('[data-testid="complaint-receipt"]').text()).toContain('匿名投诉')
  })

  it('marks a complaint by name and sends the name and contact', async () => {
    vi.mocked(publicityApi.fileComplaint).mockResolvedValue({ trackingNumber: 'ZZZZZZZZZZZZZZZZ', realName: true })
    const wrapper = await mountForm()
    await choose(wrapper, 7)
    await realName(wrapper)
    await type(wrapper, 'complaint-name', '张三')
    await type(wrapper, 'complaint-contact', '13800000000')
    await type(wrapper, 'complaint-text', '数据与统计公报不一致')
    await submit(wrapper)
    expect(publicityApi.fileComplaint).toHaveBeenCalledWith(12, {
      dossierId: 7,
      name: '张三',
      contact: '13800000000',
      text: '数据与统计公报不一致',
    })
    expect(wrapper.get('[data-testid="complaint-receipt"]').text()).toContain('实名投诉')
  })

  it('sends nothing while the candidacy or the text is missing, or a complaint by name has no name', async () => {
    const wrapper = await mountForm()
    await submit(wrapper)
    expect(wrapper.text()).toContain('请选择投诉对象')
    expect(wrapper.text()).toContain('请填写投诉、举报内容')
    await choose(wrapper, 7)
    await realName(wrapper)
    await type(wrapper, 'complaint-text', '内容')
    await submit(wrapper)
    expect(wrapper.text()).toContain('实名投诉请填写姓名')
    expect(publicityApi.fileComplaint).not.toHaveBeenCalled()
  })

  it('uploads the chosen attachments with the tracking number after the complaint is received', async () => {
    vi.mocked(publicityApi.fileComplaint).mockResolvedValue({ trackingNumber: 'ABCDEFGHJKLMNPQR', realName: false })
    vi.mocked(publicityApi.attachToComplaint).mockResolvedValue({
      trackingNumber: 'ABCDEFGHJKLMNPQR',
      state: 'RECEIVED',
      finding: null,
      receivedOn: '2026-05-06',
    })
    const wrapper = await mountForm()
    await choose(wrapper, 7)
    await type(wrapper, 'complaint-text', '见附件')
    const input = wrapper.get('[data-testid="complaint-files"]')
    const file = new File(['%PDF-1.4'], 'evidence.pdf', { type: 'application/pdf' })
    Object.defineProperty(input.element, 'files', { value: [file] })
    await input.trigger('change')
    await submit(wrapper)
    expect(publicityApi.attachToComplaint).toHaveBeenCalledWith('ABCDEFGHJKLMNPQR', file)
  })

  it('shows the refusal of the desk, naming the period', async () => {
    vi.mocked(publicityApi.fileComplaint).mockRejectedValue(
      new ApiError({
        status: 422,
        code: 'complaints-closed',
        title: null,
        detail: '本公示的投诉受理期为 2026-04-30 至 2026-05-09（北京时间），当前不在受理期内',
        fieldErrors: {},
      }),
    )
    const wrapper = await mountForm()
    await choose(wrapper, 7)
    await type(wrapper, 'complaint-text', '内容')
    await submit(wrapper)
    expect(wrapper.get('[data-testid="complaint-failure"]').text()).toContain('2026-05-09')
  })

  it('is closed outside the period, naming it, with nothing to submit', async () => {
    const wrapper = await mountForm({ ...notice, open: false })
    expect(wrapper.get('[data-testid="complaint-closed"]').text()).toContain('2026-04-30 至 2026-05-09')
    expect(wrapper.find('[data-testid="complaint-submit"]').exists()).toBe(false)
  })
})
