import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/title', () => ({
  getReceipt: vi.fn(),
  downloadReceipt: vi.fn(),
}))

import * as titleApi from '@/api/title'
import type { PlatformReceiptView } from '@/api/title'
import type { DossierView } from '@/api/dossier'
import ReceiptCard from '@/views/title/ReceiptCard.vue'
import { dossier } from './dossierFixtures'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const submitted = dossier({ id: 57, regionCode: '152531', state: 'SUBMITTED', submittedOn: '2026-12-01' })
const receipt: PlatformReceiptView = {
  id: 3,
  dossierId: 57,
  candidacyId: 9,
  submittedOn: '2026-12-20',
  receiptNumber: 'PT-2026-0088',
  documentId: 701,
  recordedBy: 'county',
  recordedAt: '2026-12-20T03:00:00Z',
}

async function mountCard(d: DossierView = submitted) {
  const app = createTestApp(makeMe('COUNTY_GOVERNMENT', { region: { code: '152531', name: '多伦县', level: 'COUNTY' } }))
  const wrapper = mount(ReceiptCard, { props: { dossier: d }, global: { plugins: app.plugins } })
  await settle()
  await flushPromises()
  return wrapper
}

describe('the subject sees and downloads its national-platform receipt on the dossier page', () => {
  it('shows the submission day and receipt number and downloads the uploaded receipt', async () => {
    vi.mocked(titleApi.getReceipt).mockResolvedValue(receipt)
    vi.mocked(titleApi.downloadReceipt).mockResolvedValue()
    const wrapper = await mountCard()
    expect(titleApi.getReceipt).toHaveBeenCalledWith(57)
    const card = wrapper.get('[data-testid="receipt-card"]')
    expect(card.text()).toContain('国家平台提交回执')
    expect(card.text()).toContain('2026-12-20')
    expect(wrapper.get('[data-testid="receipt-number"]').text()).toBe('PT-2026-0088')

    await wrapper.get('[data-testid="receipt-download"]').trigger('click')
    await flushPromises()
    expect(titleApi.downloadReceipt).toHaveBeenCalledWith(57)
  })

  it('offers no download when only a number was recorded', async () => {
    vi.mocked(titleApi.getReceipt).mockResolvedValue({ ...receipt, documentId: null })
    const wrapper = await mountCard()
    expect(wrapper.find('[data-testid="receipt-download"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="receipt-card"]').text()).toContain('未上传')
  })

  it('renders nothing when there is no receipt, or the reader may not read it', async () => {
    vi.mocked(titleApi.getReceipt).mockResolvedValueOnce(null).mockRejectedValueOnce(new Error('403'))
    expect((await mountCard()).find('[data-testid="receipt-card"]').exists()).toBe(false)
    expect((await mountCard()).find('[data-testid="receipt-card"]').exists()).toBe(false)
  })

  it('asks nothing for a dossier not yet submitted', async () => {
    const wrapper = await mountCard(dossier({ id: 58, state: 'DRAFT', submittedOn: null }))
    expect(titleApi.getReceipt).not.toHaveBeenCalled()
    expect(wrapper.find('[data-testid="receipt-card"]').exists()).toBe(false)
  })
})
