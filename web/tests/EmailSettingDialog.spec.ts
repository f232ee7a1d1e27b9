import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'

vi.mock('@/api/auth', async (original) => ({
  ...(await original<typeof import('@/api/auth')>()),
  getOwnEmail: vi.fn(),
  setOwnEmail: vi.fn(),
}))

import * as authApi from '@/api/auth'
import EmailSettingDialog from '@/components/EmailSettingDialog.vue'
import { ApiError } from '@/utils/apiError'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

async function openDialog() {
  const app = createTestApp(makeMe('COUNTY_GOVERNMENT'))
  const open = ref(true)
  const Host = defineComponent({
    setup: () => () => h(EmailSettingDialog, { modelValue: open.value, 'onUpdate:modelValue': (v: boolean) => (open.value = v) }),
  })
  const wrapper = mount(Host, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

function input(): HTMLInputElement {
  // the last one: a dialog appended to the body by an earlier test may still be there
  return [...document.querySelectorAll('[data-testid="email-input"]')].pop() as HTMLInputElement
}

describe('reminder e-mail', () => {
  it('shows the address held and saves the trimmed new one', async () => {
    vi.mocked(authApi.getOwnEmail).mockResolvedValue('old@example.org')
    vi.mocked(authApi.setOwnEmail).mockResolvedValue('new@example.org')
    await openDialog()
    expect(input().value).toBe('old@example.org')

    input().value = ' new@example.org '
    input().dispatchEvent(new Event('input'))
    ;([...document.querySelectorAll('[data-testid="email-save"]')].pop() as HTMLElement).click()
    await flushPromises()

    expect(authApi.setOwnEmail).toHaveBeenCalledWith('new@example.org')
  })

  it('keeps the dialog open with the address typed when the server refuses it', async () => {
    vi.mocked(authApi.getOwnEmail).mockResolvedValue(null)
    vi.mocked(authApi.setOwnEmail).mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'validation',
        title: null,
        detail: '请输入有效的电子邮箱地址',
        fieldErrors: { email: '请输入有效的电子邮箱地址（不超过 100 个字符）' },
      }),
    )
    await openDialog()
    input().value = '不是邮箱'
    input().dispatchEvent(new Event('input'))
    ;([...document.querySelectorAll('[data-testid="email-save"]')].pop() as HTMLElement).click()
    await flushPromises()
    await settle()

    expect(authApi.setOwnEmail).toHaveBeenCalledWith('不是邮箱')
    expect(input().value).toBe('不是邮箱')
    expect(document.body.textContent).not.toContain('提醒邮箱已保存')
  })
})
