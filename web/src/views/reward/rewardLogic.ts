import type { RewardRequest, RewardView } from '@/api/reward'
import type { Role } from '@/api/types'

/** Who records and corrects rewards: the province's department (IM eco-civ art. 20; GZ art. 20). */
export const REWARD_WRITER_ROLES: Role[] = ['PROVINCE_STAFF']
/** Who opens the province's reward list. */
export const REWARD_LIST_ROLES: Role[] = ['PROVINCE_STAFF', 'PREFECTURE_STAFF']

export type RewardForm = {
  amount: string
  awardedOn: string | null
  documentNumber: string
  issuingBody: string
  note: string
  reason: string
}

export function emptyRewardForm(): RewardForm {
  return { amount: '', awardedOn: null, documentNumber: '', issuingBody: '', note: '', reason: '' }
}

export function formOf(r: RewardView): RewardForm {
  return {
    amount: String(r.amount),
    awardedOn: r.awardedOn,
    documentNumber: r.documentNumber,
    issuingBody: r.issuingBody,
    note: r.note ?? '',
    reason: '',
  }
}

/**
 * The field errors (message keys) the form shows before asking the server; empty when it may be sent.
 * A correction (`correcting`) needs a reason.
 */
export function rewardErrors(form: RewardForm, today: string, correcting: boolean): Record<string, string> {
  const errors: Record<string, string> = {}
  const amount = form.amount.trim()
  if (amount === '') errors.amount = 'reward.form.required'
  else if (!/^\d+(\.\d{1,2})?$/.test(amount)) errors.amount = 'reward.form.amountFormat'
  if (!form.awardedOn) errors.awardedOn = 'reward.form.required'
  else if (form.awardedOn > today) errors.awardedOn = 'reward.form.future'
  if (!form.documentNumber.trim()) errors.documentNumber = 'reward.form.required'
  if (!form.issuingBody.trim()) errors.issuingBody = 'reward.form.required'
  if (correcting && !form.reason.trim()) errors.reason = 'reward.form.reasonRequired'
  return errors
}

/** The request of a valid form: trimmed, the amount as the decimal text typed (no float rounding). */
export function rewardRequest(form: RewardForm, version?: number): RewardRequest {
  return {
    amount: form.amount.trim(),
    awardedOn: form.awardedOn,
    documentNumber: form.documentNumber.trim(),
    issuingBody: form.issuingBody.trim(),
    note: form.note.trim() === '' ? null : form.note.trim(),
    ...(version === undefined ? {} : { version, reason: form.reason.trim() }),
  }
}

/** An amount in yuan as the page shows it, e.g. 1,200,000.00. */
export function formatYuan(amount: number | string): string {
  const n = typeof amount === 'number' ? amount : Number(amount)
  return Number.isFinite(n) ? n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : String(amount)
}
