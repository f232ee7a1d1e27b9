import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/audit', () => ({ listAuditRecords: vi.fn(), verifyAuditChain: vi.fn() }))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as auditApi from '@/api/audit'
import type { AuditRecord } from '@/api/types'
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
  organization: { id: 3, name: '锡林浩特市人民政府' },
  regionCode: '152502',
  action: 'plan.submit',
  target: 'plan:11',
  outcome: 'SUCCESS',
  status: 200,
  clientAddress: '10.0.0.8',
  reason: null,
  changes: [],
  hash: 'ab',
}

async function mountPage() {
  vi.mocked(auditApi.listAuditRecords).mockResolvedValue(page([record]))
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
})
