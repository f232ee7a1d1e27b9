import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AxiosError, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'

vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import { http, setAuthHandlers } from '@/api/http'
import { showError } from '@/utils/message'
import { applyLocale } from '@/locales'
import { ApiError } from '@/utils/apiError'
import { login } from '@/api/auth'
import { listUsers } from '@/api/identity'

type Answer = { status: number; data: unknown }

/** An adapter that answers every request with `answer` and records the request config. */
function answerWith(answer: Answer, seen: InternalAxiosRequestConfig[] = []): AxiosAdapter {
  return async (config) => {
    seen.push(config)
    const response: AxiosResponse = { status: answer.status, statusText: '', headers: {}, config, data: answer.data }
    if (answer.status >= 400) {
      throw new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, response)
    }
    return response
  }
}

const onUnauthenticated = vi.fn()
const onPasswordChangeRequired = vi.fn()
const originalAdapter = http.defaults.adapter

beforeEach(() => {
  setAuthHandlers({ onUnauthenticated, onPasswordChangeRequired })
})

afterEach(() => {
  http.defaults.adapter = originalAdapter
  setAuthHandlers(null)
  vi.mocked(showError).mockClear()
  onUnauthenticated.mockClear()
  onPasswordChangeRequired.mockClear()
})

describe('http client', () => {
  it('sends Accept-Language of the current locale', async () => {
    const seen: InternalAxiosRequestConfig[] = []
    http.defaults.adapter = answerWith({ status: 200, data: { content: [], page: 0, size: 20, totalElements: 0 } }, seen)
    await listUsers()
    applyLocale('en')
    await listUsers()
    expect(seen.map((c) => c.headers.get('Accept-Language'))).toEqual(['zh-CN', 'en'])
  })

  it('is configured for the session cookie and the XSRF-TOKEN cookie/header pair', () => {
    expect(http.defaults.withCredentials).toBe(true)
    expect(http.defaults.xsrfCookieName).toBe('XSRF-TOKEN')
    expect(http.defaults.xsrfHeaderName).toBe('X-XSRF-TOKEN')
  })

  it('shows the problem detail and rejects with field errors on a validation error', async () => {
    http.defaults.adapter = answerWith({
      status: 400,
      data: { status: 400, detail: '用户名已存在', code: 'validation', errors: [{ field: 'username', message: '用户名已存在' }] },
    })
    const failure = listUsers().catch((e: unknown) => e)
    const error = await failure
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).fieldErrors).toEqual({ username: '用户名已存在' })
    expect(showError).toHaveBeenCalledWith('用户名已存在')
    expect(onUnauthenticated).not.toHaveBeenCalled()
  })

  it('sends the user to the login page on 401', async () => {
    http.defaults.adapter = answerWith({ status: 401, data: { detail: '请先登录', code: 'unauthenticated' } })
    await expect(listUsers()).rejects.toBeInstanceOf(ApiError)
    expect(onUnauthenticated).toHaveBeenCalledTimes(1)
  })

  it('sends the user to the change-password page on 403 password-change-required', async () => {
    http.defaults.adapter = answerWith({ status: 403, data: { detail: '请先修改密码', code: 'password-change-required' } })
    await expect(listUsers()).rejects.toMatchObject({ code: 'password-change-required' })
    expect(onPasswordChangeRequired).toHaveBeenCalledTimes(1)
    expect(onUnauthenticated).not.toHaveBeenCalled()
  })

  it('does not redirect on an ordinary 403', async () => {
    http.defaults.adapter = answerWith({ status: 403, data: { detail: '无权操作', code: 'forbidden' } })
    await expect(listUsers()).rejects.toMatchObject({ status: 403, code: 'forbidden' })
    expect(onPasswordChangeRequired).not.toHaveBeenCalled()
    expect(onUnauthenticated).not.toHaveBeenCalled()
    expect(showError).toHaveBeenCalledWith('无权操作')
  })

  it('leaves a failed login (401 bad-credentials) to the login form: no redirect, no toast', async () => {
    http.defaults.adapter = answerWith({
      status: 401,
      data: { detail: '用户名或密码错误，还可尝试4次', code: 'bad-credentials' },
    })
    await expect(login({ username: 'a', password: 'b' })).rejects.toMatchObject({
      code: 'bad-credentials',
      detail: '用户名或密码错误，还可尝试4次',
    })
    expect(onUnauthenticated).not.toHaveBeenCalled()
    expect(showError).not.toHaveBeenCalled()
  })
})
