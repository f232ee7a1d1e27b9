import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/identity', () => ({
  listOrganizations: vi.fn(),
  createOrganization: vi.fn(),
  updateOrganization: vi.fn(),
  exportOrganizations: vi.fn(),
  importOrganizations: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as identityApi from '@/api/identity'
import type { Organization } from '@/api/types'
import OrganizationAdminView from '@/views/identity/OrganizationAdminView.vue'
import { createTestApp, makeMe, settle } from './helpers'
import { page } from './identityFixtures'

enableAutoUnmount(afterEach)
afterEach(() => {
  vi.clearAllMocks()
  localStorage.clear()
})

const bureau: Organization = {
  id: 12,
  name: '锡林郭勒盟生态环境局锡林浩特市分局',
  kind: 'BUREAU',
  regionCode: '152502',
  regionName: '锡林浩特市',
  parentId: 11,
  parentName: '锡林郭勒盟生态环境局',
  version: 0,
}

async function mountPage() {
  vi.mocked(identityApi.listOrganizations).mockResolvedValue({ ...page([bureau]), totalElements: 41 })
  const app = createTestApp(makeMe('SYSTEM_ADMIN'))
  await app.router.push({ name: 'organizations' })
  const wrapper = mount(OrganizationAdminView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

describe('机构管理 on the paged table', { timeout: 20_000 }, () => {
  it('asks for the first page and shows each item with its parent name from the item', async () => {
    const wrapper = await mountPage()
    expect(identityApi.listOrganizations).toHaveBeenCalledTimes(1)
    expect(identityApi.listOrganizations).toHaveBeenCalledWith(expect.objectContaining({ page: 0, size: 20 }))
    const table = wrapper.get('[data-testid="org-table"]').text()
    expect(table).toContain('锡林郭勒盟生态环境局锡林浩特市分局')
    expect(table).toContain('锡林郭勒盟生态环境局')
    expect(wrapper.text()).toContain('41')
  })

  it('sends the name search with 查询, back on the first page', async () => {
    const wrapper = await mountPage()
    await wrapper.findAll('input')[0]!.setValue(' 分局 ')
    await wrapper.get('[data-testid="org-table-search"]').trigger('click')
    await settle()
    await flushPromises()
    expect(identityApi.listOrganizations).toHaveBeenLastCalledWith(expect.objectContaining({ q: '分局', page: 0 }))
  })

  it('exports with the search text and lists every wrong cell of a refused import', async () => {
    vi.mocked(identityApi.exportOrganizations).mockResolvedValue()
    const { ApiError } = await import('@/utils/apiError')
    vi.mocked(identityApi.importOrganizations).mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'validation',
        title: null,
        detail: '导入文件有1处问题，均未导入，请修改后重新上传',
        fieldErrors: { '第3行.机构类型': '该机构类型不能设在此级行政区划' },
      }),
    )
    const wrapper = await mountPage()
    await wrapper.findAll('input')[0]!.setValue('分局')
    await wrapper.get('[data-testid="org-table-search"]').trigger('click')
    await settle()
    await wrapper.get('[data-testid="org-export"]').trigger('click')
    expect(identityApi.exportOrganizations).toHaveBeenCalledWith(expect.objectContaining({ q: '分局' }))

    const fileInput = wrapper.get('input[type="file"]').element as HTMLInputElement
    const file = new File(['x'], 'orgs.xlsx')
    Object.defineProperty(fileInput, 'files', { value: [file] })
    fileInput.dispatchEvent(new Event('change'))
    await settle()
    await flushPromises()
    expect(identityApi.importOrganizations).toHaveBeenCalledWith(file)
    expect(wrapper.get('[data-testid="org-import-problems"]').text()).toContain('第3行.机构类型')
  })
})
