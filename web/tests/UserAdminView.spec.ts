import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/identity', () => ({
  listUsers: vi.fn(),
  createUser: vi.fn(),
  updateUser: vi.fn(),
  disableUser: vi.fn(),
  enableUser: vi.fn(),
  organizationTree: vi.fn(),
  listOrganizations: vi.fn(),
  exportUsers: vi.fn(),
  importUsers: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as identityApi from '@/api/identity'
import type { OrganizationNode } from '@/api/identity'
import UserAdminView from '@/views/identity/UserAdminView.vue'
import { selectionOf, statusAction, userQuery } from '@/views/identity/userDirectoryLogic'
import { GZ_VOCABULARY, IM_VOCABULARY, createTestApp, makeMe, settle } from './helpers'
import { page, user } from './identityFixtures'

enableAutoUnmount(afterEach)
afterEach(() => {
  vi.clearAllMocks()
  localStorage.clear()
  document.body.innerHTML = ''
})

const province: OrganizationNode = {
  type: 'REGION',
  regionCode: '150000',
  organizationId: null,
  name: '内蒙古自治区',
  kind: null,
  leaf: false,
}
const department: OrganizationNode = {
  type: 'ORGANIZATION',
  regionCode: '150000',
  organizationId: 7,
  name: '内蒙古自治区生态环境厅',
  kind: 'DEPARTMENT',
  leaf: false,
}

describe('the user list beside the 机构树: logic', () => {
  it('narrows to an organization by its id and to a region by its code', () => {
    expect(selectionOf(department)).toEqual({ organization: 7, label: '内蒙古自治区生态环境厅' })
    expect(selectionOf(province)).toEqual({ region: '150000', label: '内蒙古自治区' })
  })

  it('sends the status as enabled true or false, and nothing for any status', () => {
    const request = { page: 1, size: 20, q: 'li' }
    expect(userQuery(request, { role: '', status: 'DISABLED' }, { region: '152500', label: 'x' })).toEqual({
      q: 'li',
      role: undefined,
      enabled: false,
      region: '152500',
      organization: undefined,
      page: 1,
      size: 20,
    })
    expect(userQuery(request, { role: 'EXPERT', status: '' }, null).enabled).toBeUndefined()
    expect(userQuery(request, { role: '', status: 'ENABLED' }, null).enabled).toBe(true)
  })

  it('offers disable on an enabled business account, enable on a disabled one, nothing on an administrator', () => {
    expect(statusAction({ role: 'COUNTY_GOVERNMENT', enabled: true })).toBe('disable')
    expect(statusAction({ role: 'COUNTY_GOVERNMENT', enabled: false })).toBe('enable')
    expect(statusAction({ role: 'AUDIT_ADMIN', enabled: true })).toBeNull()
  })
})

async function mountPage(me = makeMe('SYSTEM_ADMIN'), users = [user({ id: 31, role: 'COUNTY_GOVERNMENT', displayName: '王科员' }), user({ id: 1, role: 'AUDIT_ADMIN' })]) {
  vi.mocked(identityApi.listUsers).mockResolvedValue(page(users))
  vi.mocked(identityApi.organizationTree).mockImplementation(async (parent = {}) =>
    parent.region ? [department] : parent.organization ? [] : [province],
  )
  const app = createTestApp(me)
  await app.router.push({ name: 'users' })
  const wrapper = mount(UserAdminView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

describe('用户管理 with the 机构树', { timeout: 40_000 }, () => {
  it('loads the provinces and narrows the list to a clicked node, back on the first page', async () => {
    const wrapper = await mountPage()
    expect(identityApi.organizationTree).toHaveBeenCalledWith()
    const tree = wrapper.get('[data-testid="org-tree"]')
    expect(tree.text()).toContain('内蒙古自治区')
    await tree.get('.el-tree-node__content').trigger('click')
    await settle()
    await flushPromises()
    expect(identityApi.listUsers).toHaveBeenLastCalledWith(expect.objectContaining({ region: '150000', page: 0 }))
    expect(wrapper.get('[data-testid="user-tree-selection"]').text()).toContain('内蒙古自治区')
  })

  it('disables an account only with a reason, and offers nothing on an administrator', async () => {
    vi.mocked(identityApi.disableUser).mockResolvedValue()
    const wrapper = await mountPage()
    expect(wrapper.find('[data-testid="user-disable-1"]').exists()).toBe(false)
    await wrapper.get('[data-testid="user-disable-31"]').trigger('click')
    await settle()
    expect(document.body.querySelector('[data-testid="user-status-what"]')?.textContent).toContain('王科员')
    const confirm = () => document.body.querySelector('[data-testid="user-status-confirm"]') as HTMLButtonElement
    expect(confirm().disabled).toBe(true)

    const field = document.body.querySelector('[data-testid="user-status-reason"]') as HTMLElement
    const reason = (field.tagName === 'TEXTAREA' ? field : field.querySelector('textarea')) as HTMLTextAreaElement
    reason.value = ' 调离岗位 '
    reason.dispatchEvent(new Event('input'))
    await settle()
    expect(confirm().disabled).toBe(false)
    confirm().click()
    await settle()
    await flushPromises()
    expect(identityApi.disableUser).toHaveBeenCalledWith(31, '调离岗位', 0)
  })

  it('exports the list with its filters and the tree selection, never the paging', async () => {
    vi.mocked(identityApi.exportUsers).mockResolvedValue()
    const wrapper = await mountPage()
    await wrapper.get('[data-testid="org-tree"] .el-tree-node__content').trigger('click')
    await settle()
    await wrapper.get('[data-testid="user-export"]').trigger('click')
    expect(identityApi.exportUsers).toHaveBeenCalledWith(expect.objectContaining({ region: '150000' }))
  })

  it('imports with the initial password and lists every wrong cell when the server refuses', async () => {
    const { ApiError } = await import('@/utils/apiError')
    vi.mocked(identityApi.importUsers).mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'validation',
        title: null,
        detail: '导入文件有2处问题，均未导入，请修改后重新上传',
        fieldErrors: { '第3行.用户名': '用户名“x”已被使用', '第4行.角色': '角色“局长”不存在' },
      }),
    )
    const wrapper = await mountPage()
    await wrapper.get('[data-testid="user-import"]').trigger('click')
    await settle()
    const submit = () => document.body.querySelector('[data-testid="user-import-submit"]') as HTMLButtonElement
    expect(submit().disabled).toBe(true)
    const password = document.body.querySelector('[data-testid="user-import-password"]') as HTMLElement
    const input = (password.tagName === 'INPUT' ? password : password.querySelector('input')) as HTMLInputElement
    input.value = 'Initial#2026'
    input.dispatchEvent(new Event('input'))
    const fileInput = document.body.querySelector('.el-dialog input[type="file"]') as HTMLInputElement
    const file = new File(['x'], 'users.xlsx')
    Object.defineProperty(fileInput, 'files', { value: [file] })
    fileInput.dispatchEvent(new Event('change'))
    await settle()
    expect(submit().disabled).toBe(false)
    submit().click()
    await settle()
    await flushPromises()
    expect(identityApi.importUsers).toHaveBeenCalledWith(file, 'Initial#2026')
    const problems = document.body.querySelector('[data-testid="user-import-problems"]')?.textContent ?? ''
    expect(problems).toContain('第3行.用户名')
    expect(problems).toContain('第4行.角色')
    // once, on the dialog: no toast repeating it (review s15 #11)
    const { showError } = await import('@/utils/message')
    expect(showError).not.toHaveBeenCalled()
  })
})

describe('role labels follow the jurisdiction (issue 14 §6)', { timeout: 40_000 }, () => {
  const rows = [
    user({ id: 41, role: 'PREFECTURE_STAFF', region: { code: '520300', name: '遵义市' }, vocabulary: GZ_VOCABULARY }),
    user({ id: 42, role: 'PREFECTURE_GOVERNMENT', region: { code: '152500', name: '锡林郭勒盟' }, vocabulary: IM_VOCABULARY }),
    user({ id: 43, role: 'COUNTY_GOVERNMENT', region: { code: '520302', name: '红花岗区' }, vocabulary: GZ_VOCABULARY }),
  ]

  async function roleOptions(): Promise<string[]> {
    const select = document.body.querySelector('.el-select') as HTMLElement
    select.querySelector<HTMLElement>('.el-select__wrapper')?.click()
    await settle()
    return Array.from(document.body.querySelectorAll('.el-select-dropdown__item')).map((o) => o.textContent ?? '')
  }

  it("reads each row's role in its own province's words", async () => {
    const national = makeMe('SYSTEM_ADMIN', { region: { code: '100000', name: '全国', level: 'PROVINCE' } })
    const wrapper = await mountPage(national, rows)
    const table = wrapper.get('[data-testid="user-table"]').text()
    expect(table).toContain('市（州）生态环境局工作人员')
    expect(table).toContain('盟市人民政府（行政公署）')
    expect(table).toContain('县（市、区）人民政府')
    expect(table).not.toContain('盟市生态环境局工作人员')
    expect(table).not.toContain('旗县')
  })

  it("labels the role filter in a Guizhou administrator's words", async () => {
    await mountPage(makeMe('SYSTEM_ADMIN', { region: { code: '520000', name: '贵州省', level: 'PROVINCE' } }), rows)
    const options = await roleOptions()
    expect(options).toContain('市（州）生态环境局工作人员')
    expect(options).toContain('市（州）人民政府')
    expect(options.join()).not.toContain('盟市')
  })

  it('labels the role filter in neutral words for an administrator whose list spans provinces', async () => {
    await mountPage(makeMe('SYSTEM_ADMIN', { region: { code: '100000', name: '全国', level: 'PROVINCE' } }), rows)
    const options = await roleOptions()
    expect(options).toContain('地市生态环境局工作人员')
    expect(options).toContain('地市人民政府')
    expect(options.join()).not.toContain('盟市')
  })

  it("speaks the row's words in English too", async () => {
    const { i18n } = await import('@/locales')
    i18n.global.locale.value = 'en'
    try {
      const wrapper = await mountPage(makeMe('SYSTEM_ADMIN'), rows)
      const table = wrapper.get('[data-testid="user-table"]').text()
      expect(table).toContain("League administrative office or city people's government")
      expect(table).toContain("County people's government")
      expect(table).not.toContain('anner')
    } finally {
      i18n.global.locale.value = 'zh-CN'
    }
  })
})
