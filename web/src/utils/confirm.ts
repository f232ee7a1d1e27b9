import { ElMessageBox } from 'element-plus'
import { translate } from '@/locales'

/**
 * The one confirmation of an irreversible step (issue 14 §3) for buttons outside the procedure panel
 * (publishing a column item, …) and for the panel itself: a warning box that says what will happen and,
 * when known, who will be told; it resolves true when the user confirmed, false when they cancelled or
 * closed it. Nothing is sent before it resolves true.
 */
export type Confirmation = {
  /** What will happen, already translated. */
  message: string
  /** Who will be told (or who can see it), already translated; left out when empty. */
  notice?: string
  /** The confirm button's text; "确定" by default. */
  confirmText?: string
}

/** The text the box shows: what happens, then who is told, each as its own sentence. */
export function confirmationText(confirmation: Confirmation): string {
  return [confirmation.message, confirmation.notice].filter((part) => part && part.trim()).join(' ')
}

/** Asks once; resolves whether the user confirmed. */
export async function confirmIrreversible(confirmation: Confirmation): Promise<boolean> {
  try {
    await ElMessageBox.confirm(confirmationText(confirmation), translate('common.prompt'), {
      type: 'warning',
      confirmButtonText: confirmation.confirmText ?? translate('common.confirm'),
      cancelButtonText: translate('common.cancel'),
    })
    return true
  } catch {
    return false
  }
}
