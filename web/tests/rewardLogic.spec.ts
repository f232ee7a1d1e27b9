import { describe, expect, it } from 'vitest'
import { emptyRewardForm, rewardErrors, rewardRequest } from '@/views/reward/rewardLogic'

describe('reward form', () => {
  const valid = { ...emptyRewardForm(), amount: '500000.00', awardedOn: '2026-03-01', documentNumber: ' 黔财资环〔2026〕1号 ', issuingBody: '贵州省生态环境厅' }

  it('accepts a valid reward and sends the amount as typed, trimmed', () => {
    expect(rewardErrors(valid, '2026-03-02', false)).toEqual({})
    expect(rewardRequest(valid)).toEqual({
      amount: '500000.00',
      awardedOn: '2026-03-01',
      documentNumber: '黔财资环〔2026〕1号',
      issuingBody: '贵州省生态环境厅',
      note: null,
    })
  })

  it('names each bad field: a negative or over-precise amount, a future date, blanks', () => {
    expect(rewardErrors({ ...valid, amount: '-1' }, '2026-03-02', false)).toEqual({ amount: 'reward.form.amountFormat' })
    expect(rewardErrors({ ...valid, amount: '1.005' }, '2026-03-02', false)).toEqual({ amount: 'reward.form.amountFormat' })
    expect(rewardErrors({ ...valid, awardedOn: '2026-03-03' }, '2026-03-02', false)).toEqual({ awardedOn: 'reward.form.future' })
    expect(rewardErrors({ ...valid, documentNumber: ' ' }, '2026-03-02', false)).toEqual({ documentNumber: 'reward.form.required' })
    expect(rewardErrors({ ...valid, amount: '0' }, '2026-03-02', false)).toEqual({})
  })

  it('asks a correction for its reason and sends it with the version', () => {
    expect(rewardErrors(valid, '2026-03-02', true)).toEqual({ reason: 'reward.form.reasonRequired' })
    const corrected = { ...valid, amount: '450000', reason: ' 金额更正 ' }
    expect(rewardErrors(corrected, '2026-03-02', true)).toEqual({})
    expect(rewardRequest(corrected, 3)).toMatchObject({ amount: '450000', version: 3, reason: '金额更正' })
  })
})
