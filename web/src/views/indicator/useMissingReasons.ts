import { reactive } from 'vue'
import type { MissingReason } from '@/api/indicator'

/** The longest reason the server takes for one missing indicator. */
export const MISSING_REASON_MAX = 500

export type MissingReasonItem = { indicator: string; name: string; reason: string; error: string }

/**
 * Checks each reason for a missing indicator (required, not blank, at most {@link MISSING_REASON_MAX}
 * characters); returns the message key by indicator code, empty when every reason is fine.
 */
export function checkMissingReasons(items: { indicator: string; reason: string }[]): Record<string, string> {
  const problems: Record<string, string> = {}
  for (const item of items) {
    if (!item.reason.trim()) problems[item.indicator] = 'indicatorEntry.missingReasonRequired'
    else if (item.reason.trim().length > MISSING_REASON_MAX) problems[item.indicator] = 'indicatorEntry.missingReasonTooLong'
  }
  return problems
}

/**
 * The dialog that asks, before a submission, why each applicable indicator has no value (issue 14 §2,
 * DHIS2's "missing values require a comment"). `ask` opens it and resolves with the reasons, or null
 * when the user cancels; `confirm` checks every reason first and keeps the dialog open on a problem.
 */
export function useMissingReasons(nameOf: (code: string) => string, translate: (key: string) => string) {
  const dialog = reactive<{ visible: boolean; items: MissingReasonItem[] }>({ visible: false, items: [] })
  let settle: ((reasons: MissingReason[] | null) => void) | null = null

  function ask(missing: string[]): Promise<MissingReason[] | null> {
    settle?.(null)
    dialog.items = missing.map((code) => ({ indicator: code, name: nameOf(code), reason: '', error: '' }))
    dialog.visible = true
    return new Promise((resolve) => (settle = resolve))
  }

  function confirm(): void {
    const problems = checkMissingReasons(dialog.items)
    for (const item of dialog.items) item.error = problems[item.indicator] ? translate(problems[item.indicator]!) : ''
    if (Object.keys(problems).length > 0) return
    const reasons = dialog.items.map((item) => ({ indicator: item.indicator, reason: item.reason.trim() }))
    dialog.visible = false
    settle?.(reasons)
    settle = null
  }

  function cancel(): void {
    dialog.visible = false
    settle?.(null)
    settle = null
  }

  return { dialog, ask, confirm, cancel }
}

/** Thrown into the procedure panel when the user closes the reasons dialog: nothing is sent, nothing shown. */
export class SubmissionCancelled extends Error {
  constructor() {
    super('submission cancelled')
    this.name = 'SubmissionCancelled'
  }
}
