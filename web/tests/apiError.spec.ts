import { describe, expect, it } from 'vitest'
import { AxiosError, AxiosHeaders, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import { ApiError, parseProblem, toApiError } from '@/utils/apiError'

const fallback = { network: 'NETWORK', unknown: 'UNKNOWN' }

function axiosErrorWith(status: number, data: unknown): AxiosError {
  const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig
  const response: AxiosResponse = {
    status,
    statusText: '',
    headers: { 'content-type': 'application/problem+json' },
    config,
    data,
  }
  return new AxiosError('Request failed', 'ERR_BAD_REQUEST', config, null, response)
}

describe('http error mapper (problem+json → ApiError)', () => {
  it('turns a problem+json into its detail message, code and field errors', () => {
    const error = toApiError(
      axiosErrorWith(400, {
        type: 'about:blank',
        title: '请求参数有误',
        status: 400,
        detail: '人类可读的说明',
        code: 'validation',
        errors: [
          { field: 'password', message: '密码至少8位' },
          { field: 'username', message: '用户名已存在' },
        ],
      }),
      fallback,
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.code).toBe('validation')
    expect(error.detail).toBe('人类可读的说明')
    expect(error.message).toBe('人类可读的说明')
    expect(error.fieldErrors).toEqual({ password: '密码至少8位', username: '用户名已存在' })
  })

  it('joins several messages for the same field', () => {
    const error = toApiError(
      axiosErrorWith(400, {
        detail: 'x',
        errors: [
          { field: 'name', message: '不能为空' },
          { field: 'name', message: '长度不能超过100' },
        ],
      }),
      fallback,
    )
    expect(error.fieldErrors).toEqual({ name: '不能为空；长度不能超过100' })
    expect(error.errors).toEqual([
      { field: 'name', message: '不能为空' },
      { field: 'name', message: '长度不能超过100' },
    ])
  })

  it('uses the title when the problem has no detail', () => {
    const error = toApiError(axiosErrorWith(409, { title: '数据已被他人修改', code: 'conflict' }), fallback)
    expect(error.detail).toBe('数据已被他人修改')
    expect(error.code).toBe('conflict')
  })

  it('reads a problem that arrived as an unparsed JSON string', () => {
    const error = toApiError(axiosErrorWith(401, '{"detail":"用户名或密码错误，还可尝试4次","code":"bad-credentials"}'), fallback)
    expect(error.code).toBe('bad-credentials')
    expect(error.detail).toBe('用户名或密码错误，还可尝试4次')
  })

  it('falls back to the generic message for a non-problem body (e.g. an HTML error page)', () => {
    const error = toApiError(axiosErrorWith(502, '<html>Bad Gateway</html>'), fallback)
    expect(error.status).toBe(502)
    expect(error.code).toBeNull()
    expect(error.detail).toBe('UNKNOWN')
    expect(error.fieldErrors).toEqual({})
  })

  it('reports a network failure (no response) with the network message', () => {
    const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig
    const error = toApiError(new AxiosError('Network Error', 'ERR_NETWORK', config), fallback)
    expect(error.status).toBeNull()
    expect(error.detail).toBe('NETWORK')
  })

  it('drops malformed entries of errors[]', () => {
    const problem = parseProblem({ errors: [{ field: 'a' }, 'x', { field: 'b', message: 'm' }, null] })
    expect(problem?.errors).toEqual([{ field: 'b', message: 'm' }])
  })
})
