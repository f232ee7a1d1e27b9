import { afterEach, describe, expect, it, vi } from 'vitest'
import { ElMessageBox, type MessageBoxData } from 'element-plus'
import { confirmIrreversible, confirmationText } from '@/utils/confirm'

afterEach(() => vi.restoreAllMocks())

describe('the confirmation of an irreversible step', () => {
  it('says what will happen, then who will be told, in one warning box with its own button', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    await expect(confirmIrreversible({ message: '确定发布吗？', notice: '发布后公众即可看到。', confirmText: '发布' })).resolves.toBe(true)
    expect(confirm).toHaveBeenCalledWith(
      '确定发布吗？ 发布后公众即可看到。',
      '提示',
      expect.objectContaining({ type: 'warning', confirmButtonText: '发布', cancelButtonText: '取消' }),
    )
  })

  it('resolves false when the user cancels or closes the box', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    await expect(confirmIrreversible({ message: '确定发布吗？' })).resolves.toBe(false)
  })

  it('leaves out an empty notice', () => {
    expect(confirmationText({ message: '确定提交吗？', notice: ' ' })).toBe('确定提交吗？')
  })
})
