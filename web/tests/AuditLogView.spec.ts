import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/audit', () => ({ listAuditRecords: vi.fn(), verifyAuditChain: vi.fn(), exportAuditRecords: vi.fn() }))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as auditApi from '@/api/audit'
import type { AuditRecord } from '@/api/audit'
import AuditLogView from '@/views/audit/AuditLogView.vue'
import { createTestApp, makeMe, settle } from './helpers'
import { page } from './identityFixtures'

enableAutoUnmount(afterEach)
afterEach(() => {
  vi.clearAllMocks()
  localStorage.clear()
})

const record: AuditRecord = {
  sequence: 7,
  occurredAt: '2026-05-01T02:00:00Z',
  username: 'xlht',
  role: 'COUNTY_GOVERNMENT',
  organization: '锡林浩特市人民政府',
  regionCode: '152502',
  action: 'plan.submit',
  target: 'plan:11',
  outcome: 'SUCCESS',
  status: 200,
  clientAddress: '10.0.0.8',
  reason: null,
  changes: [],
  hash: 'ab',
  requestPath: null,
  description: null,
}

/** A record as the server describes it (issue 14 §6): the words in the list, the raw request in the detail. */
const described: AuditRecord = {
  ...record,
  sequence: 8,
  action: 'POST /api/plans/{id}/{action}',
  target: 'ProcedureRun:4',
  requestPath: '/api/plans/11/submit',
  description: '提交规划《锡林浩特市生态文明建设示范区规划》',
}

async function mountPage(records: AuditRecord[] = [record]) {
  vi.mocked(auditApi.listAuditRecords).mockResolvedValue(page(records))
  const app = createTestApp(makeMe('AUDIT_ADMIN'))
  await app.router.push({ name: 'audit' })
  const wrapper = mount(AuditLogView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

describe('审计日志 on the paged table', { timeout: 20_000 }, () => {
  it('lists the records of the first page', async () => {
    const wrapper = await mountPage()
    expect(auditApi.listAuditRecords).toHaveBeenCalledWith(expect.objectContaining({ page: 0, size: 20, username: '', action: '' }))
    const table = wrapper.get('[data-testid="audit-table"]').text()
    expect(table).toContain('plan.submit')
    expect(table).toContain('锡林浩特市人民政府')
  })

  it('sends its filters with 查询 and clears them with 重置', async () => {
    const wrapper = await mountPage()
    const inputs = wrapper.findAll('input')
    await inputs[0].setValue(' xlht ')
    await wrapper.get('[data-testid="audit-table-search"]').trigger('click')
    await settle()
    expect(auditApi.listAuditRecords).toHaveBeenLastCalledWith(expect.objectContaining({ username: 'xlht', page: 0 }))

    await wrapper.get('[data-testid="paged-reset"]').trigger('click')
    await settle()
    expect(auditApi.listAuditRecords).toHaveBeenLastCalledWith(expect.objectContaining({ username: '', page: 0 }))
    expect((inputs[0].element as HTMLInputElement).value).toBe('')
  })

  it('reads as actions: the description in the list, the raw request kept in the detail', async () => {
    const wrapper = await mountPage([described, record])
    expect(wrapper.get('[data-testid="audit-description-8"]').text()).toBe('提交规划《锡林浩特市生态文明建设示范区规划》')
    const table = wrapper.get('[data-testid="audit-table"]').text()
    expect(table).not.toContain('/api/plans/11/submit')
    // a record without a description shows its raw action
    expect(table).toContain('plan.submit')

    await wrapper.get('[data-testid="audit-table"] .el-table__expand-icon').trigger('click')
    await settle()
    const request = wrapper.get('[data-testid="audit-request-8"]').text()
    expect(request).toContain('POST /api/plans/{id}/{action}')
    expect(request).toContain('/api/plans/11/submit')
    expect(request).toContain('ProcedureRun:4')
  })

  it('exports with the filters of the list', async () => {
    const wrapper = await mountPage()
    const inputs = wrapper.findAll('input')
    await inputs[0].setValue(' xlht ')
    await wrapper.get('[data-testid="audit-export"]').trigger('click')
    await settle()
    expect(auditApi.exportAuditRecords).toHaveBeenCalledWith({ username: 'xlht', action: '', q: '', from: undefined, to: undefined })
  })

  it('searches the free text and exports with it (issue 14 §6)', async () => {
    const wrapper = await mountPage()
    await wrapper.get('[data-testid="audit-text"]').setValue(' 50%_off ')
    await wrapper.get('[data-testid="audit-table-search"]').trigger('click')
    await settle()
    expect(auditApi.listAuditRecords).toHaveBeenLastCalledWith(expect.objectContaining({ q: '50%_off', page: 0 }))

    await wrapper.get('[data-testid="audit-export"]').trigger('click')
    await settle()
    expect(auditApi.exportAuditRecords).toHaveBeenCalledWith(expect.objectContaining({ q: '50%_off' }))

    await wrapper.get('[data-testid="paged-reset"]').trigger('click')
    await settle()
    expect(auditApi.listAuditRecords).toHaveBeenLastCalledWith(expect.objectContaining({ q: '' }))
  })
})
