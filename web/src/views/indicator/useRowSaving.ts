import { reactive, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { saveIndicatorValue, type IndicatorDefinition, type YearKey } from '@/api/indicator'
import { isApiError } from '@/utils/apiError'
import { showError, showSuccess } from '@/utils/message'
import { checkDraft, draftFrom, toValueRequest } from './indicatorLogic'
import type { useIndicatorYear } from './useIndicatorYear'

/** What the last "save all" did: rows saved, and rows left with their error beside them. */
export type SaveAllResult = { saved: number; failed: number }

/**
 * Saving the rows of the entry page (IndicatorEntryView): the draft is checked first (beside the
 * field), a stored value's change asks for its reason in a dialog, the PUT carries the version read,
 * and the server's field errors go beside the fields. An answer for a year no longer shown is dropped.
 *
 * `saveAll` saves every changed row (issue 14 §2): each row is checked on its own; when some change a
 * stored value, the reason is asked once and sent with each of those; a row that fails keeps its error
 * beside it while the others are saved, and `lastSaveAll` says how many were saved.
 */
export function useRowSaving(yearKey: Ref<YearKey | null>, shown: ReturnType<typeof useIndicatorYear>) {
  const { t } = useI18n()
  const { yearData, drafts, rowErrors, valuesByCode, refreshYear } = shown
  const savingCode = ref<string | null>(null)
  const savingAll = ref(false)
  const lastSaveAll = ref<SaveAllResult | null>(null)
  const reasonDialog = reactive<{
    visible: boolean
    indicator: IndicatorDefinition | null
    /** Save all: the rows waiting for the one reason, and how many changed rows failed their own check. */
    pending: IndicatorDefinition[] | null
    refused: number
    reason: string
    error: string
  }>({
    visible: false,
    indicator: null,
    pending: null,
    refused: 0,
    reason: '',
    error: '',
  })

  /** Checks a row's draft beside its fields; returns whether it may be sent. */
  function checked(indicator: IndicatorDefinition): boolean {
    const draft = drafts[indicator.code]
    if (!draft) return false
    delete rowErrors[indicator.code]
    const problem = checkDraft(indicator.valueType, draft)
    if (problem) {
      rowErrors[indicator.code] = { [problem.field]: t(problem.messageKey) }
      return false
    }
    return true
  }

  async function saveRow(indicator: IndicatorDefinition): Promise<void> {
    if (!checked(indicator)) return
    if (valuesByCode.value[indicator.code]) {
      Object.assign(reasonDialog, { visible: true, indicator, pending: null, refused: 0, reason: '', error: '' })
      return
    }
    await putRow(indicator)
  }

  /** Saves every changed row of `indicators` (the edition's, in its order). */
  async function saveAll(indicators: IndicatorDefinition[]): Promise<void> {
    const changed = indicators.filter((indicator) => shown.isDirty(indicator.code))
    if (changed.length === 0) {
      lastSaveAll.value = { saved: 0, failed: 0 }
      showSuccess(t('indicatorEntry.nothingChanged'))
      return
    }
    const ready = changed.filter(checked)
    const refused = changed.length - ready.length
    if (ready.some((indicator) => valuesByCode.value[indicator.code])) {
      Object.assign(reasonDialog, { visible: true, indicator: null, pending: ready, refused, reason: '', error: '' })
      return
    }
    await putAll(ready, refused)
  }

  async function confirmChangeReason(): Promise<void> {
    if (!reasonDialog.reason.trim()) {
      reasonDialog.error = t('indicator.reasonRequired')
      return
    }
    reasonDialog.error = ''
    if (reasonDialog.pending) {
      const pending = reasonDialog.pending
      reasonDialog.visible = false
      reasonDialog.pending = null
      await putAll(pending, reasonDialog.refused, reasonDialog.reason)
      return
    }
    const indicator = reasonDialog.indicator
    if (!indicator) return
    if (await putRow(indicator, reasonDialog.reason)) {
      reasonDialog.visible = false
    } else {
      reasonDialog.error = rowErrors[indicator.code]?.reason ?? ''
    }
  }

  /** PUTs the rows one after another (the reason only with changes of stored values) and says how it went. */
  async function putAll(rows: IndicatorDefinition[], refused: number, reason?: string): Promise<void> {
    const key = yearKey.value
    const request = shown.currentGeneration()
    savingAll.value = true
    let saved = 0
    try {
      for (const indicator of rows) {
        const changesStored = valuesByCode.value[indicator.code] !== undefined
        if (await putRow(indicator, changesStored ? reason : undefined, true)) saved++
        if (request !== shown.currentGeneration()) return
      }
    } finally {
      savingAll.value = false
    }
    const failed = rows.length - saved + refused
    lastSaveAll.value = { saved, failed }
    if (failed === 0) showSuccess(t('indicatorEntry.savedAll', { n: saved }))
    else showError(t('indicatorEntry.savedSome', { n: saved, failed }))
    if (key && saved > 0) void refreshYear(key)
  }

  /**
   * PUTs a row; returns whether it was saved. Field errors from the server go beside the fields, any
   * other refusal (a stale version, a locked year) beside the row. `quiet`: part of save all, which
   * reports and reloads once at the end.
   */
  async function putRow(indicator: IndicatorDefinition, reason?: string, quiet = false): Promise<boolean> {
    const key = yearKey.value
    const draft = drafts[indicator.code]
    if (!key || !draft || !yearData.value) return false
    const request = shown.currentGeneration()
    const existing = valuesByCode.value[indicator.code]
    savingCode.value = indicator.code
    try {
      const saved = await saveIndicatorValue(key, indicator.code, toValueRequest(indicator.valueType, draft, existing, reason))
      if (request !== shown.currentGeneration() || !yearData.value) return true
      yearData.value = {
        ...yearData.value,
        values: [...yearData.value.values.filter((v) => v.indicator !== saved.indicator), saved],
      }
      drafts[indicator.code] = draftFrom(saved)
      delete rowErrors[indicator.code]
      if (!quiet) {
        showSuccess(t('indicator.saved'))
        void refreshYear(key)
      }
      return true
    } catch (error: unknown) {
      if (isApiError(error) && request === shown.currentGeneration()) {
        rowErrors[indicator.code] =
          Object.keys(error.fieldErrors).length > 0 ? { ...error.fieldErrors } : { row: error.detail }
      }
      return false
    } finally {
      savingCode.value = null
    }
  }

  return { savingCode, savingAll, lastSaveAll, reasonDialog, saveRow, saveAll, confirmChangeReason }
}
