import { reactive, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { saveIndicatorValue, type IndicatorDefinition, type YearKey } from '@/api/indicator'
import { isApiError } from '@/utils/apiError'
import { showSuccess } from '@/utils/message'
import { checkDraft, draftFrom, toValueRequest } from './indicatorLogic'
import type { useIndicatorYear } from './useIndicatorYear'

/**
 * Saving one row of the entry page (IndicatorEntryView): the draft is checked first (beside the
 * field), a stored value's change asks for its reason in a dialog, the PUT carries the version read,
 * and the server's field errors go beside the fields. An answer for a year no longer shown is dropped.
 */
export function useRowSaving(yearKey: Ref<YearKey | null>, shown: ReturnType<typeof useIndicatorYear>) {
  const { t } = useI18n()
  const { yearData, drafts, rowErrors, valuesByCode, refreshYear } = shown
  const savingCode = ref<string | null>(null)
  const reasonDialog = reactive<{ visible: boolean; indicator: IndicatorDefinition | null; reason: string; error: string }>({
    visible: false,
    indicator: null,
    reason: '',
    error: '',
  })

  async function saveRow(indicator: IndicatorDefinition): Promise<void> {
    const draft = drafts[indicator.code]
    if (!draft) return
    delete rowErrors[indicator.code]
    const problem = checkDraft(indicator.valueType, draft)
    if (problem) {
      rowErrors[indicator.code] = { [problem.field]: t(problem.messageKey) }
      return
    }
    if (valuesByCode.value[indicator.code]) {
      Object.assign(reasonDialog, { visible: true, indicator, reason: '', error: '' })
      return
    }
    await putRow(indicator)
  }

  async function confirmChangeReason(): Promise<void> {
    const indicator = reasonDialog.indicator
    if (!indicator) return
    if (!reasonDialog.reason.trim()) {
      reasonDialog.error = t('indicator.reasonRequired')
      return
    }
    reasonDialog.error = ''
    if (await putRow(indicator, reasonDialog.reason)) {
      reasonDialog.visible = false
    } else {
      reasonDialog.error = rowErrors[indicator.code]?.reason ?? ''
    }
  }

  /** PUTs a row; returns whether it was saved. Field errors from the server go beside the fields. */
  async function putRow(indicator: IndicatorDefinition, reason?: string): Promise<boolean> {
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
      showSuccess(t('indicator.saved'))
      void refreshYear(key)
      return true
    } catch (error: unknown) {
      if (isApiError(error) && request === shown.currentGeneration()) rowErrors[indicator.code] = { ...error.fieldErrors }
      return false
    } finally {
      savingCode.value = null
    }
  }

  return { savingCode, reasonDialog, saveRow, confirmChangeReason }
}
