import type { ApplicableEditions, EditionSummary } from '@/api/indicator'

/**
 * The edition an indicator page opens on (issue 14 §1, ADR 0038): the one asked for in the link if it
 * is offered, else the one the user's regulation names (`preferred`), else the first offered; null
 * when none is offered.
 */
export function openingEdition(applicable: ApplicableEditions | null, asked?: string | null): EditionSummary | null {
  const offered = applicable?.editions ?? []
  return (
    offered.find((e) => e.code === asked) ??
    offered.find((e) => e.code === applicable?.preferred) ??
    offered[0] ??
    null
  )
}

/**
 * Whether the page must say that the user's level has no edition yet instead of showing a scorecard:
 * nothing is offered at all, or (for entry) nothing takes values of the user's own level.
 */
export function lacksEdition(applicable: ApplicableEditions | null, ownLevelOnly = false): boolean {
  if (!applicable) return false
  return applicable.editions.length === 0 || (ownLevelOnly && applicable.atOwnLevel.length === 0)
}

/** The codes offered, for the menu: a page bound to an edition is listed only when it is among them. */
export function offeredCodes(applicable: ApplicableEditions | null): string[] {
  return applicable ? applicable.editions.map((e) => e.code) : []
}
