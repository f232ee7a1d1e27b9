import { describe, expect, it, vi } from 'vitest'

vi.mock('@/api/http', () => ({ http: { post: vi.fn().mockResolvedValue({ data: {} }) } }))

import { http } from '@/api/http'
import { uploadPlanDocument } from '@/api/plan'
import { ApiError } from '@/utils/apiError'
import { formFieldErrors, uploadFieldError } from '@/utils/uploadError'

function refusal(fieldErrors: Record<string, string>, detail = '文件未被接受') {
  return new ApiError({ status: 415, code: 'unsupported-type', title: null, detail, fieldErrors })
}

describe('upload errors', () => {
  it("takes the message that names the upload's field", () => {
    expect(uploadFieldError(refusal({ file: '文件内容不是允许的类型' }), '未知错误')).toBe('文件内容不是允许的类型')
  })

  it('takes another field when asked, and the detail when no message names the field', () => {
    expect(uploadFieldError(refusal({ attachment: '附件过大' }), '未知错误', 'attachment')).toBe('附件过大')
    expect(uploadFieldError(refusal({}, '请求无效'), '未知错误')).toBe('请求无效')
  })

  it('falls back when the failure is no API answer', () => {
    expect(uploadFieldError(new Error('network'), '网络错误')).toBe('网络错误')
  })

  it("maps every field's message for a form's items", () => {
    expect(formFieldErrors(refusal({ file: 'a', version: 'b' }))).toEqual({ file: 'a', version: 'b' })
    expect(formFieldErrors(new Error('x'))).toEqual({})
  })
})

describe('the plan text upload', () => {
  it('is sent silent: the page shows the refusal beside the field, not as a toast too', async () => {
    await uploadPlanDocument(11, new File(['x'], 'a.pdf'), 3)
    expect(vi.mocked(http.post).mock.calls[0][2]).toMatchObject({ params: { version: 3 }, silent: true })
  })
})
