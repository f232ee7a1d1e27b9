import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { getEdition, listEditions, type EditionSummary, type IndicatorDefinition } from '@/api/indicator'
import type { PlanContent } from '@/api/plan'

type Target = PlanContent['targets'][number]

/**
 * The indicators a plan's target may be linked to (issue 4 §2): the published editions, read once, and
 * each edition's indicators, read when first picked. Picking an edition clears the target's indicator;
 * picking an indicator fills the target's name, which stays editable.
 */
export function usePlanTargetIndicators() {
  const { t } = useI18n()
  const editions = ref<EditionSummary[]>([])
  /** Indicators of each edition code, loaded when first picked. */
  const indicators = reactive<Record<string, IndicatorDefinition[]>>({})

  /** Reads the published editions (once), then the indicators of the editions the targets (then) name. */
  async function loadEditions(targets: () => readonly Target[]): Promise<void> {
    if (editions.value.length) return
    try {
      editions.value = (await listEditions()).filter((e) => !e.status || e.status === 'PUBLISHED')
    } catch {
      editions.value = []
    }
    for (const target of targets()) if (target.edition) void loadIndicators(target.edition)
  }

  async function loadIndicators(code: string): Promise<void> {
    if (indicators[code]) return
    try {
      indicators[code] = (await getEdition(code)).indicators
    } catch {
      indicators[code] = []
    }
  }

  function onEdition(target: Target): void {
    target.indicator = null
    if (target.edition) void loadIndicators(target.edition)
    else target.edition = null
  }

  function onIndicator(target: Target): void {
    const found = (indicators[target.edition ?? ''] ?? []).find((i) => i.code === target.indicator)
    if (found) target.nameZh = found.nameZh
  }

  /** A linked indicator as shown read-only: its code and name, or the edition and code if not loaded. */
  function indicatorName(edition: string | null, code: string | null): string {
    if (!code) return t('planContent.noIndicator')
    const found = (indicators[edition ?? ''] ?? []).find((i) => i.code === code)
    return found ? `${code} ${found.nameZh}` : `${edition ?? ''} / ${code}`
  }

  return { editions, indicators, loadEditions, onEdition, onIndicator, indicatorName }
}
