import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/portal', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/portal')>()),
  listColumnItems: vi.fn(),
  draftColumnItem: vi.fn(),
  updateColumnItem: vi.fn(),
  columnItemStep: vi.fn(),
  withdrawColumnItem: vi.fn(),
  addColumnFile: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as portalApi from '@/api/portal'
import type { ColumnItem } from '@/api/portal'
import type { Me } from '@/api/types'
import ColumnItemsView from '@/views/portal/ColumnItemsView.vue'
import { createTestApp, makeMe, settle } from './helpers'
import { page } from './identityFixtures'
import { ApiError } from '@/utils/apiError'
import * as message from '@/utils/message'

vi.setConfig({ testTimeout: 30_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const county = makeMe('COUNTY_GOVERNMENT', {
  displayName: '锡林浩特市人民政府',
  region: { code: '152502', name: '锡林浩特市', level: 'COUNTY' },
})

const item: ColumnItem = {
  id: 7,
  regionCode: '152502',
  programme: 'ECO_CIVILIZATION_ZONE',
  kind: 'PROGRESS',
  title: '2026年第一季度创建工作进展',
  body: '完成草原生态修复1.2万亩。',
  state: 'PUBLISHED',
  draftedBy: '锡林浩特市人民政府',
  draftedAt: '2026-03-30T02:00:00Z',
  approvedBy: '锡林郭勒盟生态环境局',
  approvedAt: '2026-03-31T02:00:00Z',
  returnReason: null,
  publishedBy: '锡林浩特市人民政府',
  publishedAt: '2026-04-01T02:00:00Z',
  files: [],
  version: 3,
}

const approved: ColumnItem = { ...item, id: 8, title: '重点工作安排', state: 'APPROVED', publishedBy: null, publishedAt: null }
const returned: ColumnItem = {
  ...item,
  id: 9,
  title: '成效现状',
  state: 'RETURNED',
  approvedBy: null,
  approvedAt: null,
  returnReason: '数据口径与统计公报不一致',
  publishedBy: null,
  publishedAt: null,
}

async function mountPage(me: Me = county, items: ColumnItem[] = [item]): Promise<VueWrapper> {
  vi.mocked(portalApi.listColumnItems).mockResolvedValue(page(items))
  const app = createTestApp(me)
  await app.router.push({ name: 'column-items' })
  const wrapper = mount(ColumnItemsView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

function formErrors(wrapper: VueWrapper): string[] {
  return wrapper.findAll('.el-form-item__error').map((e) => e.text())
}

async function click(wrapper: VueWrapper, testid: string): Promise<void> {
  await wrapper.get(`[data-testid="${testid}"]`).trigger('click')
  await settle()
  await flushPromises()
}

describe('创建工作专栏', () => {
  it('lists the subject own items and links to its public page', async () => {
    const wrapper = await mountPage()
    // the first page of 20 (the list is paged)
    expect(portalApi.listColumnItems).toHaveBeenCalledWith('ECO_CIVILIZATION_ZONE', 0, 20, { q: '', state: null, kind: null, year: null, sort: null })
    const rows = wrapper.get('[data-testid="column-items"]').findAll('.el-table__body tr')
    expect(rows).toHaveLength(1)
    expect(rows[0]!.text()).toContain('实施进展')
    expect(rows[0]!.text()).toContain('2026年第一季度创建工作进展')
    expect(wrapper.get('[data-testid="column-public-link"]').attributes('href')).toBe('/public/152502/ECO_CIVILIZATION_ZONE')
  })

  it('requires a title and a text before saving a draft', async () => {
    const wrapper = await mountPage()
    await click(wrapper, 'column-save')
    expect(portalApi.draftColumnItem).not.toHaveBeenCalled()
    // Element Plus shows a form item's error after a 100 ms debounce
    await vi.waitFor(() => expect(formErrors(wrapper)).toEqual(expect.arrayContaining(['请输入标题', '请输入内容'])))

    await wrapper.get('[data-testid="column-title"]').setValue('   ')
    await wrapper.get('[data-testid="column-body"]').setValue('完成草原生态修复。')
    await click(wrapper, 'column-save')
    expect(portalApi.draftColumnItem).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(formErrors(wrapper)).toEqual(['请输入标题']))
  })

  it('saves a draft (nothing public yet) with programme, kind, title and text, then reloads the list', async () => {
    vi.mocked(portalApi.draftColumnItem).mockResolvedValue(item)
    const wrapper = await mountPage()
    await wrapper.get('[data-testid="column-title"]').setValue(' 2026年第一季度创建工作进展 ')
    await wrapper.get('[data-testid="column-body"]').setValue('完成草原生态修复1.2万亩。')
    await click(wrapper, 'column-save')
    expect(portalApi.draftColumnItem).toHaveBeenCalledWith({
      programme: 'ECO_CIVILIZATION_ZONE',
      kind: 'PROGRESS',
      title: '2026年第一季度创建工作进展',
      body: '完成草原生态修复1.2万亩。',
    })
    expect(portalApi.columnItemStep).not.toHaveBeenCalled()
    expect(portalApi.listColumnItems).toHaveBeenCalledTimes(2)
    expect((wrapper.get('[data-testid="column-title"]').element as HTMLInputElement).value).toBe('')
  })

  it('shows the reason of a return and lets the drafter correct the item and submit it again', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    vi.mocked(portalApi.updateColumnItem).mockResolvedValue(returned)
    vi.mocked(portalApi.columnItemStep).mockResolvedValue({ ...returned, state: 'PENDING' })
    const wrapper = await mountPage(county, [returned])
    expect(wrapper.get('[data-testid="column-state-9"]').text()).toBe('已退回')
    expect(wrapper.get('[data-testid="column-return-reason-9"]').text()).toBe('退回理由：数据口径与统计公报不一致')
    await click(wrapper, 'column-edit-9')
    expect((wrapper.get('[data-testid="column-title"]').element as HTMLInputElement).value).toBe('成效现状')
    await wrapper.get('[data-testid="column-body"]').setValue('按统计公报口径修改。')
    await click(wrapper, 'column-save')
    expect(portalApi.updateColumnItem).toHaveBeenCalledWith(9, 3, expect.objectContaining({ body: '按统计公报口径修改。' }))
    await click(wrapper, 'column-submit-9')
    expect(ElMessageBox.confirm).toHaveBeenCalledWith(expect.stringContaining('提交审核'), '提示', expect.anything())
    expect(portalApi.columnItemStep).toHaveBeenCalledWith(returned, 'submit')
  })

  it('offers publishing only for an approved item, and asks first, saying it is public at once', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    const wrapper = await mountPage(county, [item, approved])
    expect(wrapper.find('[data-testid="column-publish-7"]').exists()).toBe(false)
    await click(wrapper, 'column-publish-8')
    expect(confirm).toHaveBeenCalledWith(
      '确定发布“重点工作安排”吗？发布后立即在公开专栏展示。 公众无需登录即可看到；如需撤下，可在下方列表撤回。',
      '提示',
      expect.objectContaining({ confirmButtonText: '发布信息' }),
    )
    expect(portalApi.columnItemStep).not.toHaveBeenCalled()

    confirm.mockResolvedValue('confirm' as unknown as MessageBoxData)
    vi.mocked(portalApi.columnItemStep).mockResolvedValue({ ...approved, state: 'PUBLISHED' })
    await click(wrapper, 'column-publish-8')
    expect(portalApi.columnItemStep).toHaveBeenCalledWith(approved, 'publish')
  })

  it('withdraws an item with its version after a confirmation', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    vi.mocked(portalApi.withdrawColumnItem).mockResolvedValue(undefined)
    const wrapper = await mountPage()
    await wrapper.get('[data-testid="column-withdraw-7"]').trigger('click')
    await settle()
    await flushPromises()
    expect(ElMessageBox.confirm).toHaveBeenCalled()
    expect(portalApi.withdrawColumnItem).toHaveBeenCalledWith(7, 3)
    expect(portalApi.listColumnItems).toHaveBeenCalledTimes(2)
  })

  it('does not withdraw when the confirmation is cancelled', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    const wrapper = await mountPage()
    await wrapper.get('[data-testid="column-withdraw-7"]').trigger('click')
    await settle()
    expect(portalApi.withdrawColumnItem).not.toHaveBeenCalled()
  })

  it('offers no form to a subject without a region', async () => {
    const wrapper = await mountPage(makeMe('CONSTRUCTION_SUBJECT', { region: null }))
    expect(wrapper.find('[data-testid="column-form"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="column-public-link"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('当前账号未关联行政区划')
  })
})

describe('a refused file of a column item (review s15 #11)', () => {
  it('shows the refusal once, beside the item, not as a toast', async () => {
    const refusal = '只接受 PNG 或 JPEG 图片'
    vi.mocked(portalApi.addColumnFile).mockRejectedValue(
      new ApiError({
        status: 415,
        code: 'unsupported-file',
        title: null,
        detail: refusal,
        fieldErrors: { file: refusal },
        errors: [{ field: 'file', message: refusal }],
      }),
    )
    const wrapper = await mountPage(county, [returned])
    const input = wrapper.get('[data-testid="column-add-image-9"] input[type="file"]')
    Object.defineProperty(input.element, 'files', { value: [new File(['x'], 'a.gif', { type: 'image/gif' })] })
    await input.trigger('change')
    await settle()
    await flushPromises()

    expect(portalApi.addColumnFile).toHaveBeenCalled()
    expect(wrapper.get('[data-testid="column-file-error-9"]').text()).toBe(refusal)
    expect(message.showError).not.toHaveBeenCalled()
  })
})
