import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/registry', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/registry')>()),
  listRegister: vi.fn(),
  getRegisterRecord: vi.fn(),
  createRegisterRecord: vi.fn(),
  correctRegisterRecord: vi.fn(),
  getPetitionRates: vi.fn(),
  exportRegister: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as api from '@/api/registry'
import type { RegisterRecord } from '@/api/registry'
import type { Role } from '@/api/types'
import RegisterListView from '@/views/registry/RegisterListView.vue'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

function record(overrides: Partial<RegisterRecord> = {}): RegisterRecord {
  return {
    id: 7,
    kind: 'INCIDENT',
    regionCode: '152502',
    regionName: '锡林浩特市',
    category: 'ENVIRONMENTAL_EMERGENCY',
    occurredOn: '2025-08-03',
    year: null,
    level: 'MAJOR',
    major: null,
    completed: null,
    dueOn: null,
    closedOn: null,
    completedOn: null,
    imposedBy: null,
    summary: '尾矿库渗漏',
    sourceNumber: '示例〔2025〕1号',
    sourceDate: '2025-08-05',
    sourceIssuer: '内蒙古自治区生态环境厅',
    tasks: [],
    state: 'PENDING',
    enteredBy: 'xl.bureau',
    enteredOrg: '锡林郭勒盟生态环境局',
    confirmedBy: null,
    confirmedAt: null,
    rejectReason: null,
    createdAt: '2025-08-05T02:00:00Z',
    updatedAt: '2025-08-05T02:00:00Z',
    version: 0,
    allowedActions: ['CORRECT', 'CONFIRM', 'REJECT', 'ATTACH'],
    attachments: [],
    history: [],
    ...overrides,
  }
}

async function mountList(role: Role, region: { code: string; name: string; level: 'PROVINCE' | 'PREFECTURE' | 'COUNTY' }, rows: RegisterRecord[]) {
  vi.mocked(api.listRegister).mockResolvedValue({ content: rows, page: 0, size: 20, totalElements: rows.length })
  vi.mocked(api.getPetitionRates).mockResolvedValue({
    regionCode: region.code,
    regionName: region.name,
    year: 2025,
    received: 0,
    closed: 0,
    closedOnTime: 0,
    closureRate: null,
    timelyRate: null,
  })
  const app = createTestApp(makeMe(role, { region }))
  await app.router.push({ name: 'registers' })
  const wrapper = mount(RegisterListView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

describe('register list', () => {
  it('lists records with category, level and state in words and offers the keepers entry, import and correction', async () => {
    const wrapper = await mountList('PROVINCE_STAFF', { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' }, [record()])
    const text = wrapper.get('[data-testid="rg-table"] .el-table__body').text()
    expect(text).toContain('锡林浩特市')
    expect(text).toContain('突发环境事件 · 重大')
    expect(text).toContain('待省厅确认')
    expect(wrapper.find('[data-testid="rg-create"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="rg-import"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="rg-correct-7"]').exists()).toBe(true)
    expect(api.listRegister).toHaveBeenCalledWith(expect.objectContaining({ kind: 'INCIDENT' }), 0, 20)
  })

  it('lets a county read only', async () => {
    const wrapper = await mountList('COUNTY_GOVERNMENT', { code: '152502', name: '锡林浩特市', level: 'COUNTY' }, [
      record({ state: 'CONFIRMED', allowedActions: [] }),
    ])
    expect(wrapper.find('[data-testid="rg-create"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="rg-import"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="rg-correct-7"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('盟市生态环境局')
  })

  it('shows the petition rates on the petitions tab, undefined as a dash', async () => {
    const wrapper = await mountList('PREFECTURE_STAFF', { code: '520300', name: '遵义市', level: 'PREFECTURE' }, [])
    await wrapper.get('#tab-PETITION').trigger('click')
    await settle()
    await flushPromises()
    expect(api.listRegister).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'PETITION' }), 0, 20)
    expect(wrapper.get('[data-testid="rg-rate-closure"]').text()).toBe('—')
    expect(wrapper.text()).toContain('不视为 100%')
  })

  it('shows the form’s problems beside the fields and sends nothing when a required field is missing', async () => {
    const wrapper = await mountList('PROVINCE_STAFF', { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' }, [])
    await wrapper.get('[data-testid="rg-create"]').trigger('click')
    await settle()
    await document.querySelector<HTMLButtonElement>('[data-testid="rg-save"]')!.click()
    await settle()
    await vi.waitFor(() => {
      expect(document.body.textContent).toContain('请填写事件等级')
      expect(document.body.textContent).toContain('请填写来源文件文号')
    })
    expect(api.createRegisterRecord).not.toHaveBeenCalled()
  })
})
