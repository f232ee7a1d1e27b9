import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/portal', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/portal')>()),
  listColumnItems: vi.fn(),
  publishColumnItem: vi.fn(),
  withdrawColumnItem: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as portalApi from '@/api/portal'
import type { ColumnItem } from '@/api/portal'
import type { Me } from '@/api/types'
import ColumnItemsView from '@/views/portal/ColumnItemsView.vue'
import { createTestApp, makeMe, settle } from './helpers'
import { page } from './identityFixtures'

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
  publishedBy: '锡林浩特市人民政府',
  publishedAt: '2026-04-01T02:00:00Z',
  version: 3,
}

async function mountPage(me: Me = county): Promise<VueWrapper> {
  vi.mocked(portalApi.listColumnItems).mockResolvedValue(page([item]))
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

async function clickPublish(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('[data-testid="column-publish"]').trigger('click')
  await settle()
  await flushPromises()
}

describe('创建工作专栏', () => {
  it('lists the subject own items and links to its public page', async () => {
    const wrapper = await mountPage()
    // the first page of 20 (the list is paged)
    expect(portalApi.listColumnItems).toHaveBeenCalledWith('ECO_CIVILIZATION_ZONE', 0, 20)
    const rows = wrapper.get('[data-testid="column-items"]').findAll('.el-table__body tr')
    expect(rows).toHaveLength(1)
    expect(rows[0]!.text()).toContain('实施进展')
    expect(rows[0]!.text()).toContain('2026年第一季度创建工作进展')
    expect(wrapper.get('[data-testid="column-public-link"]').attributes('href')).toBe('/public/152502/ECO_CIVILIZATION_ZONE')
  })

  it('requires a title and a text before publishing', async () => {
    const wrapper = await mountPage()
    await clickPublish(wrapper)
    expect(portalApi.publishColumnItem).not.toHaveBeenCalled()
    // Element Plus shows a form item's error after a 100 ms debounce
    await vi.waitFor(() => expect(formErrors(wrapper)).toEqual(expect.arrayContaining(['请输入标题', '请输入内容'])))

    await wrapper.get('[data-testid="column-title"]').setValue('   ')
    await wrapper.get('[data-testid="column-body"]').setValue('完成草原生态修复。')
    await clickPublish(wrapper)
    expect(portalApi.publishColumnItem).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(formErrors(wrapper)).toEqual(['请输入标题']))
  })

  it('asks before publishing, saying it is public at once, and publishes nothing when not confirmed', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    const wrapper = await mountPage()
    await wrapper.get('[data-testid="column-title"]').setValue('第一季度进展')
    await wrapper.get('[data-testid="column-body"]').setValue('完成草原生态修复。')
    await clickPublish(wrapper)
    expect(confirm).toHaveBeenCalledWith(
      '确定发布“第一季度进展”吗？发布后立即在公开专栏展示。 公众无需登录即可看到；如需撤下，可在下方列表撤回。',
      '提示',
      expect.objectContaining({ confirmButtonText: '发布信息' }),
    )
    expect(portalApi.publishColumnItem).not.toHaveBeenCalled()
  })

  it('publishes programme, kind, title and text once confirmed, then reloads the list', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    vi.mocked(portalApi.publishColumnItem).mockResolvedValue(item)
    const wrapper = await mountPage()
    await wrapper.get('[data-testid="column-title"]').setValue(' 2026年第一季度创建工作进展 ')
    await wrapper.get('[data-testid="column-body"]').setValue('完成草原生态修复1.2万亩。')
    await clickPublish(wrapper)
    expect(portalApi.publishColumnItem).toHaveBeenCalledWith({
      programme: 'ECO_CIVILIZATION_ZONE',
      kind: 'PROGRESS',
      title: '2026年第一季度创建工作进展',
      body: '完成草原生态修复1.2万亩。',
    })
    expect(portalApi.listColumnItems).toHaveBeenCalledTimes(2)
    expect((wrapper.get('[data-testid="column-title"]').element as HTMLInputElement).value).toBe('')
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
