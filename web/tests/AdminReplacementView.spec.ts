import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/identity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/identity')>()),
  listAdminReplacements: vi.fn(),
  proposeAdminReplacement: vi.fn(),
  approveAdminReplacement: vi.fn(),
  declineAdminReplacement: vi.fn(),
  listAdminReplacementCandidates: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))
import * as identityApi from '@/api/identity'
import type { AdminReplacement, AdminReplacementCandidate } from '@/api/identity'
import type { Me } from '@/api/types'
import { ApiError } from '@/utils/apiError'
import { showSuccess } from '@/utils/message'
import AdminReplacementView from '@/views/identity/AdminReplacementView.vue'
import { createTestApp, makeMe, settle } from './helpers'
vi.setConfig({ testTimeout: 30_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const sysadmin = makeMe('SYSTEM_ADMIN', { id: 1, username: 'sysadmin', displayName: '系统管理员' })
const secadmin = makeMe('SECURITY_ADMIN', { id: 2, username: 'secadmin', displayName: '安全管理员' })
const auditadmin = makeMe('AUDIT_ADMIN', { id: 3, username: 'auditadmin', displayName: '审计管理员' })

/** secadmin proposed replacing auditadmin: the system admin approves. */
const open: AdminReplacement = {
  id: 11,
  targetUserId: 3,
  targetUsername: 'auditadmin',
  targetRole: 'AUDIT_ADMIN',
  newUsername: 'auditadmin2',
  newDisplayName: '王审计',
  reason: '原审计管理员调离',
  state: 'PROPOSED',
  proposedBy: 'secadmin',
  proposedByRole: 'SECURITY_ADMIN',
  proposedAt: '2026-03-02T01:00:00Z',
  approverRole: 'SYSTEM_ADMIN',
  decidedBy: null,
  decidedAt: null,
  decisionReason: null,
  version: 4,
}
const decided: AdminReplacement = {
  ...open,
  id: 10,
  newUsername: 'audit-old',
  state: 'DECLINED',
  decidedBy: 'sysadmin',
  decidedAt: '2026-03-01T01:00:00Z',
  decisionReason: '接任人选尚未确定',
  version: 1,
}

async function mountPage(me: Me, proposals: AdminReplacement[] = [open, decided]): Promise<VueWrapper> {
  vi.mocked(identityApi.listAdminReplacements).mockImplementation(async ({ state, page = 0, size = 20 } = {}) => {
    const content = proposals.filter((p) => !state || p.state === state) // the server filters and pages
    return { content, page, size, totalElements: content.length }
  })
  const app = createTestApp(me)
  await app.router.push({ name: 'admin-replacements' })
  const wrapper = mount(AdminReplacementView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

async function click(wrapper: VueWrapper, testId: string): Promise<void> {
  await wrapper.get(`[data-testid="${testId}"]`).trigger('click')
  await settle()
  await flushPromises()
}

/** The Element Plus select carrying the test id. */
function selectByTestId(wrapper: VueWrapper, testId: string) {
  const select = wrapper
    .findAllComponents({ name: 'ElSelect' })
    .find((c) => c.attributes('data-testid') === testId)
  if (!select) throw new Error(`no select ${testId}`)
  return select
}

function tableRows(wrapper: VueWrapper) {
  return wrapper.get('[data-testid="replacement-table"]').findAll('.el-table__body tr')
}

/** Answers the confirmation that asks for a reason: confirmed with {@code reason}, or cancelled. */
function confirmWith(answer: 'confirm' | 'cancel', reason = '') {
  const spy = vi.spyOn(ElMessageBox, 'prompt')
  if (answer === 'confirm') spy.mockResolvedValue({ value: reason, action: 'confirm' } as unknown as MessageBoxData)
  else spy.mockRejectedValue('cancel')
  return spy
}

type Validator = (value: string) => boolean | string

function validatorOf(spy: ReturnType<typeof confirmWith>): Validator {
  return (spy.mock.calls[0]?.[2] as { inputValidator: Validator }).inputValidator
}

describe('管理员更换: the list', () => {
  it('lists every proposal with the account replaced, the successor, reason, proposer, approver role and state', async () => {
    const wrapper = await mountPage(sysadmin)
    const rows = tableRows(wrapper)
    expect(rows).toHaveLength(2)
    const first = rows[0]!.text()
    expect(first).toContain('auditadmin')
    expect(first).toContain('审计管理员')
    expect(first).toContain('auditadmin2')
    expect(first).toContain('王审计')
    expect(first).toContain('原审计管理员调离')
    expect(first).toContain('secadmin（安全管理员）')
    expect(first).toContain('系统管理员')
    expect(wrapper.get('[data-testid="replacement-state-11"]').text()).toBe('待批准')
    expect(wrapper.get('[data-testid="replacement-state-10"]').text()).toBe('未通过')
    expect(rows[1]!.text()).toContain('sysadmin')
    expect(wrapper.get('[data-testid="replacement-decision-reason-10"]').text()).toBe('接任人选尚未确定')
    expect(wrapper.get('[data-testid="replacement-decision-reason-11"]').text()).toBe('—')
  })

  it('filters by state', async () => {
    const wrapper = await mountPage(sysadmin)
    selectByTestId(wrapper, 'replacement-state-filter').vm.$emit('update:modelValue', 'DECLINED')
    await settle()
    expect(identityApi.listAdminReplacements).toHaveBeenLastCalledWith({ state: 'DECLINED', page: 0, size: 20 })
    expect(tableRows(wrapper)).toHaveLength(1)
    expect(wrapper.find('[data-testid="replacement-state-11"]').exists()).toBe(false)
  })

  it('searches by text, filters by the replaced role and sorts by a column on the server (issue 14 §6)', async () => {
    const wrapper = await mountPage(sysadmin)
    await wrapper.get('[data-testid="paged-search-input"]').setValue(' auditadmin2 ')
    await click(wrapper, 'replacement-table-search')
    expect(identityApi.listAdminReplacements).toHaveBeenLastCalledWith({ q: 'auditadmin2', page: 0, size: 20 })

    selectByTestId(wrapper, 'replacement-role-filter').vm.$emit('update:modelValue', 'AUDIT_ADMIN')
    await settle()
    expect(identityApi.listAdminReplacements).toHaveBeenLastCalledWith({ q: 'auditadmin2', targetRole: 'AUDIT_ADMIN', page: 0, size: 20 })

    wrapper.findComponent({ name: 'ElTable' }).vm.$emit('sort-change', { column: { columnKey: 'proposed' }, prop: null, order: 'ascending' })
    await settle()
    expect(identityApi.listAdminReplacements).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'proposed', page: 0 }))

    await click(wrapper, 'paged-reset')
    expect(identityApi.listAdminReplacements).toHaveBeenLastCalledWith(expect.objectContaining({ q: undefined, targetRole: undefined, state: undefined }))
  })
})

describe('管理员更换: deciding', () => {
  it('offers 批准 and 拒绝 to the approver role only on an open proposal', async () => {
    const wrapper = await mountPage(sysadmin)
    expect(wrapper.get('[data-testid="replacement-approve-11"]').text()).toBe('批准')
    expect(wrapper.get('[data-testid="replacement-decline-11"]').text()).toBe('拒绝')
    expect(wrapper.find('[data-testid="replacement-approve-10"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="replacement-decline-10"]').exists()).toBe(false)
  })

  it('lets the proposer withdraw, but not approve, its own proposal', async () => {
    const wrapper = await mountPage(secadmin)
    expect(wrapper.find('[data-testid="replacement-approve-11"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="replacement-decline-11"]').text()).toBe('撤回')
  })

  it('offers nothing to the administrator being replaced', async () => {
    const wrapper = await mountPage(auditadmin)
    expect(wrapper.find('[data-testid="replacement-approve-11"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="replacement-decline-11"]').exists()).toBe(false)
  })

  it('approves with the version read and an optional reason after a confirmation that says what happens, then reloads', async () => {
    const confirm = confirmWith('confirm', ' 经分管领导同意 ')
    vi.mocked(identityApi.approveAdminReplacement).mockResolvedValue({ ...open, state: 'APPROVED', version: 5 })
    const wrapper = await mountPage(sysadmin)
    await click(wrapper, 'replacement-approve-11')
    const message = String(confirm.mock.calls[0]?.[0])
    expect(message).toContain('审计管理员“auditadmin”')
    expect(message).toContain('auditadmin2')
    expect(message).toContain('不可撤销')
    expect(validatorOf(confirm)('')).toBe(true)
    expect(identityApi.approveAdminReplacement).toHaveBeenCalledWith(11, 4, '经分管领导同意')
    expect(showSuccess).toHaveBeenCalledWith('已批准：原账户已停用，接任账户已创建')
    expect(identityApi.listAdminReplacements).toHaveBeenCalledTimes(2)
  })

  it('does not approve when the confirmation is cancelled', async () => {
    confirmWith('cancel')
    const wrapper = await mountPage(sysadmin)
    await click(wrapper, 'replacement-approve-11')
    expect(identityApi.approveAdminReplacement).not.toHaveBeenCalled()
  })

  it('declines with a required reason after a confirmation, and the proposer withdraws the same way', async () => {
    const confirm = confirmWith('confirm', '接任人选未经研究')
    vi.mocked(identityApi.declineAdminReplacement).mockResolvedValue({ ...open, state: 'DECLINED', version: 5 })
    const wrapper = await mountPage(sysadmin)
    await click(wrapper, 'replacement-decline-11')
    expect(String(confirm.mock.calls[0]?.[0])).toContain('拒绝')
    expect(validatorOf(confirm)('  ')).toBe('请填写理由')
    expect(validatorOf(confirm)('x'.repeat(501))).toContain('500')
    expect(identityApi.declineAdminReplacement).toHaveBeenCalledWith(11, 4, '接任人选未经研究')
    expect(showSuccess).toHaveBeenCalledWith('已拒绝该更换提议')

    vi.clearAllMocks()
    const proposer = await mountPage(secadmin)
    confirmWith('confirm', '提议有误')
    await click(proposer, 'replacement-decline-11')
    expect(identityApi.declineAdminReplacement).toHaveBeenCalledWith(11, 4, '提议有误')
    expect(showSuccess).toHaveBeenCalledWith('已撤回该更换提议')
  })

  it('reloads the list when the server refuses a decision (e.g. decided meanwhile)', async () => {
    confirmWith('confirm')
    vi.mocked(identityApi.approveAdminReplacement).mockRejectedValue(
      new ApiError({ status: 409, code: 'conflict', title: null, detail: '此更换提议已处理（DECLINED）', fieldErrors: {} }),
    )
    const wrapper = await mountPage(sysadmin)
    await click(wrapper, 'replacement-approve-11')
    expect(showSuccess).not.toHaveBeenCalled()
    expect(identityApi.listAdminReplacements).toHaveBeenCalledTimes(2)
  })
})

describe('管理员更换: proposing', () => {
  const candidates: AdminReplacementCandidate[] = [
    { id: 1, role: 'SYSTEM_ADMIN', username: 'sysadmin', displayName: '系统管理员', enabled: true },
    { id: 2, role: 'SECURITY_ADMIN', username: 'secadmin', displayName: '安全管理员', enabled: true },
    { id: 3, role: 'AUDIT_ADMIN', username: 'auditadmin', displayName: '审计管理员', enabled: true },
    { id: 9, role: 'AUDIT_ADMIN', username: 'audit-gone', displayName: '已停用', enabled: false },
  ]

  async function openDialog(me: Me = sysadmin): Promise<VueWrapper> {
    vi.mocked(identityApi.listAdminReplacementCandidates).mockResolvedValue(candidates)
    const wrapper = await mountPage(me, [])
    await click(wrapper, 'replacement-propose')
    return wrapper
  }

  async function fill(wrapper: VueWrapper): Promise<void> {
    selectByTestId(wrapper, 'replacement-target').vm.$emit('update:modelValue', 3)
    await wrapper.get('[data-testid="replacement-username"]').setValue(' auditadmin2 ')
    await wrapper.get('[data-testid="replacement-display-name"]').setValue('王审计')
    await wrapper.get('[data-testid="replacement-password"]').setValue('Audit#2026x')
    await wrapper.get('[data-testid="replacement-password-confirm"]').setValue('Audit#2026x')
    await wrapper.get('[data-testid="replacement-reason"]').setValue('原审计管理员调离')
  }

  function formErrors(wrapper: VueWrapper): string[] {
    return wrapper.findAll('.el-form-item__error').map((e) => e.text())
  }

  it('offers the enabled accounts of the two other administrator roles as the account to replace', async () => {
    const wrapper = await openDialog()
    expect(identityApi.listAdminReplacementCandidates).toHaveBeenCalledTimes(1)
    const options = selectByTestId(wrapper, 'replacement-target').findAllComponents({ name: 'ElOption' })
    expect(options.map((o) => o.props('label'))).toEqual([
      '安全管理员（secadmin，安全管理员）',
      '审计管理员（auditadmin，审计管理员）',
    ])
  })

  it('requires the account, successor, password and reason before sending anything', async () => {
    const wrapper = await openDialog()
    await click(wrapper, 'replacement-submit')
    expect(identityApi.proposeAdminReplacement).not.toHaveBeenCalled()
    await vi.waitFor(() =>
      expect(formErrors(wrapper)).toEqual(
        expect.arrayContaining(['请选择被更换的管理员账户', '请输入用户名', '请输入姓名', '请填写更换理由']),
      ),
    )
  })

  it('sends the proposal trimmed, then closes the dialog and reloads the list', async () => {
    vi.mocked(identityApi.proposeAdminReplacement).mockResolvedValue(open)
    const wrapper = await openDialog()
    await fill(wrapper)
    await click(wrapper, 'replacement-submit')
    expect(identityApi.proposeAdminReplacement).toHaveBeenCalledWith({
      targetUserId: 3,
      newUsername: 'auditadmin2',
      newDisplayName: '王审计',
      initialPassword: 'Audit#2026x',
      reason: '原审计管理员调离',
    })
    expect(showSuccess).toHaveBeenCalledWith('更换提议已提交，等待批准')
    expect(identityApi.listAdminReplacements).toHaveBeenCalledTimes(2)
  })

  it('shows the server message on the field it names and keeps the dialog open', async () => {
    vi.mocked(identityApi.proposeAdminReplacement).mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'validation',
        title: null,
        detail: '请求参数有误',
        fieldErrors: { initialPassword: '密码过于常见，请换一个' },
      }),
    )
    const wrapper = await openDialog()
    await fill(wrapper)
    await click(wrapper, 'replacement-submit')
    await vi.waitFor(() => expect(formErrors(wrapper)).toEqual(['密码过于常见，请换一个']))
    expect(wrapper.find('[data-testid="replacement-form"]').exists()).toBe(true)
    expect(showSuccess).not.toHaveBeenCalled()
  })

  it('offers 提议更换 to the audit administrator too, with the system and security administrators to replace', async () => {
    const wrapper = await openDialog(auditadmin)
    const options = selectByTestId(wrapper, 'replacement-target').findAllComponents({ name: 'ElOption' })
    expect(options.map((o) => o.props('label'))).toEqual([
      '系统管理员（sysadmin，系统管理员）',
      '安全管理员（secadmin，安全管理员）',
    ])
  })
})
