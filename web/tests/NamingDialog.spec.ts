import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import { ElMessageBox } from 'element-plus'

vi.mock('@/api/title', async (original) => ({
  ...(await original<typeof import('@/api/title')>()),
  recordNaming: vi.fn(),
}))

import * as titleApi from '@/api/title'
import NamingDialog from '@/views/title/NamingDialog.vue'
import { namingErrors, namingRequest } from '@/views/title/titleLogic'
import { ApiError } from '@/utils/apiError'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

async function openDialog(stepCode = 'MINISTRY_RESULT') {
  const app = createTestApp(makeMe('PROVINCE_STAFF'))
  const open = ref(true)
  const done = vi.fn()
  const stale = vi.fn()
  const Host = defineComponent({
    setup: () => () =>
      h(NamingDialog, {
        modelValue: open.value,
        'onUpdate:modelValue': (v: boolean) => (open.value = v),
        dossierId: 41,
        stepCode,
        runVersion: 7,
        subjectName: '科尔沁左翼中旗',
        onDone: done,
        onStale: stale,
      }),
  })
  const wrapper = mount(Host, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  return { wrapper, done, stale }
}

function last(testid: string): HTMLElement {
  return [...document.querySelectorAll(`[data-testid="${testid}"]`)].pop() as HTMLElement
}

function type(testid: string, text: string): void {
  const found = last(testid)
  const input = (found.matches('input, textarea') ? found : found.querySelector('input, textarea')) as HTMLInputElement
  input.value = text
  input.dispatchEvent(new Event('input'))
  input.dispatchEvent(new Event('change'))
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter' }))
}

describe('the naming dialog', () => {
  it('asks for the document number and the date before sending, and confirms before it records', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    vi.mocked(titleApi.recordNaming).mockResolvedValue({
      id: 1,
      dossierId: 41,
      stepCode: 'MINISTRY_RESULT',
      named: true,
      namingBodyZh: '生态环境部',
      documentNumber: '环生态〔2026〕8号',
      decidedOn: '2026-11-30',
      reason: null,
      title: {
        id: 3, candidacyId: 9, dossierId: 41, subjectName: '科尔沁左翼中旗', regionCode: '150521', regionName: '科尔沁左翼中旗',
        programme: 'ECO_CIVILIZATION_ZONE', regulationCode: 'IM-ECOCIV-2022', regulationVersion: 2, namingBodyZh: '生态环境部',
        documentNumber: '环生态〔2026〕8号', namedOn: '2026-11-30', validityYears: 3, validUntil: '2029-11-29', validityArticle: null,
        validityUncertain: true, validityNote: '本规程未规定称号有效期', state: 'VALID',
      },
    })
    const { done } = await openDialog()

    last('naming-save').click()
    await flushPromises()
    await settle()
    // nothing to confirm, nothing sent, while the number and the date are missing
    expect(confirm).not.toHaveBeenCalled()
    expect(titleApi.recordNaming).not.toHaveBeenCalled()

    type('naming-number', ' 环生态〔2026〕8号 ')
    type('naming-date', '2026-11-30')
    await settle()
    last('naming-save').click()
    await flushPromises()
    await settle()

    expect(confirm).toHaveBeenCalledOnce()
    expect(titleApi.recordNaming).toHaveBeenCalledWith(41, {
      named: true,
      namingBodyZh: null,
      documentNumber: '环生态〔2026〕8号',
      decidedOn: '2026-11-30',
      reason: null,
      version: 7,
    })
    expect(done).toHaveBeenCalledOnce()
    // the IM validity is data from the national rule, marked uncertain: the note is shown
    expect(last('naming-validity-note').textContent).toContain('本规程未规定称号有效期')
    expect(last('naming-result').textContent).toContain('2029-11-29')
  })

  it('sends nothing when the confirmation is cancelled', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    await openDialog('DESIGNATE')
    type('naming-number', '黔环函〔2026〕1号')
    type('naming-date', '2026-11-30')
    await settle()
    last('naming-save').click()
    await flushPromises()
    expect(titleApi.recordNaming).not.toHaveBeenCalled()
  })

  it('asks the page to reload when someone else recorded the naming first', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    vi.mocked(titleApi.recordNaming).mockRejectedValue(
      new ApiError({ status: 409, code: 'naming-already-recorded', title: null, detail: '该申报已登记命名结果，请刷新后查看', fieldErrors: {} }),
    )
    const { stale, done } = await openDialog()
    type('naming-number', '环生态〔2026〕8号')
    type('naming-date', '2026-11-30')
    await settle()
    last('naming-save').click()
    await flushPromises()
    expect(stale).toHaveBeenCalledOnce()
    expect(done).not.toHaveBeenCalled()
  })
})

describe('the naming form rules', () => {
  const base = { named: true, namingBodyZh: '', documentNumber: 'X', decidedOn: '2026-11-30', reason: '' }

  it('needs a reason when not named, and no date after today', () => {
    expect(namingErrors({ ...base, named: false, documentNumber: '' }, '2026-12-07')).toEqual({ reason: 'title.naming.reasonRequired' })
    expect(namingErrors({ ...base, decidedOn: '2026-12-08' }, '2026-12-07')).toEqual({ decidedOn: 'title.naming.decidedOnFuture' })
    expect(namingErrors(base, '2026-12-07')).toEqual({})
  })

  it('sends the reason only when not named', () => {
    expect(namingRequest({ ...base, reason: '不应发送' }, 3).reason).toBeNull()
    expect(namingRequest({ ...base, named: false, reason: ' 审议未通过 ' }, 3)).toMatchObject({ named: false, reason: '审议未通过', version: 3 })
  })

  it('computes the last valid day as the server does', () => {
    expect(titleApi.lastValidDay('2026-12-07', 3)).toBe('2029-12-06')
    expect(titleApi.lastValidDay('2028-02-29', 3)).toBe('2031-02-27')
  })
})
