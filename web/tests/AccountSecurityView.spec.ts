import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/identity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/identity')>()),
  listUsers: vi.fn(),
  lockUser: vi.fn(),
  unlockUser: vi.fn(),
  resetUserPassword: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as identityApi from '@/api/identity'
import { showSuccess } from '@/utils/message'
import AccountSecurityView from '@/views/identity/AccountSecurityView.vue'
import { createTestApp, makeMe, settle } from './helpers'
import { page, user } from './identityFixtures'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const staff = user({ id: 21, role: 'COUNTY_GOVERNMENT', username: 'xlht', displayName: '锡林浩特市人民政府' })
const lockedStaff = user({
  id: 22,
  role: 'PROVINCE_STAFF',
  username: 'nmgsth',
  displayName: '自治区生态环境厅',
  locked: true,
  lockedUntil: '9999-12-31T00:00:00Z',
})
const sysadmin = user({ id: 1, role: 'SYSTEM_ADMIN', username: 'sysadmin', displayName: '系统管理员' })

async function mountPage(): Promise<VueWrapper> {
  vi.mocked(identityApi.listUsers).mockResolvedValue(page([staff, lockedStaff, sysadmin]))
  const app = createTestApp(makeMe('SECURITY_ADMIN'))
  await app.router.push({ name: 'account-security' })
  const wrapper = mount(AccountSecurityView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

async function click(wrapper: VueWrapper, testId: string): Promise<void> {
  await wrapper.get(`[data-testid="${testId}"]`).trigger('click')
  await settle()
  await flushPromises()
}

describe('账户安全: locking a business account', () => {
  it('offers 锁定 on an unlocked business account only: 解锁 on a locked one, nothing on an administrator', async () => {
    const wrapper = await mountPage()
    expect(wrapper.get('[data-testid="security-lock-21"]').text()).toBe('锁定')
    expect(wrapper.find('[data-testid="security-lock-22"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="security-unlock-22"]').text()).toBe('解锁')
    expect(wrapper.find('[data-testid="security-lock-1"]').exists()).toBe(false)
  })

  it('says a lock by the security admin lasts 直至解锁 rather than showing the year 9999', async () => {
    const wrapper = await mountPage()
    const rows = wrapper.get('[data-testid="security-table"]').findAll('.el-table__body tr')
    expect(rows[1]!.text()).toContain('直至解锁')
    expect(rows[1]!.text()).not.toContain('9999')
  })

  it('locks the account after a confirmation naming the user, then reloads the list', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    vi.mocked(identityApi.lockUser).mockResolvedValue(undefined)
    const wrapper = await mountPage()
    await click(wrapper, 'security-lock-21')
    expect(confirm.mock.calls[0]?.[0]).toContain('锡林浩特市人民政府')
    expect(confirm.mock.calls[0]?.[0]).toContain('会话立即失效')
    expect(identityApi.lockUser).toHaveBeenCalledWith(21)
    expect(showSuccess).toHaveBeenCalledWith('已锁定')
    expect(identityApi.listUsers).toHaveBeenCalledTimes(2)
  })

  it('does not lock when the confirmation is cancelled', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    const wrapper = await mountPage()
    await click(wrapper, 'security-lock-21')
    expect(identityApi.lockUser).not.toHaveBeenCalled()
    expect(identityApi.listUsers).toHaveBeenCalledTimes(1)
  })

  it('keeps the list as it was when the server refuses the lock (its message is shown by the http layer)', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    vi.mocked(identityApi.lockUser).mockRejectedValue(new Error('403'))
    const wrapper = await mountPage()
    await click(wrapper, 'security-lock-21')
    expect(identityApi.lockUser).toHaveBeenCalledWith(21)
    expect(showSuccess).not.toHaveBeenCalled()
    expect(identityApi.listUsers).toHaveBeenCalledTimes(1)
  })
})
