/** The yes/no radios' values as posted. */
const YES_NO: Record<string, boolean> = { ja: true, nej: false };

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The complete form's posted fields: as CompleteVisitDto reads them (`ja`/`nej` → true/false,
 * anything else left out, so the DTO says it is missing) and as the form shows them again.
 */
export function completionFields(body: Record<string, unknown> | undefined): {
  dto: Record<string, unknown>;
  shown: { outcome?: string; canDoAloneNextTime?: string };
} {
  const outcome = text(body?.outcome);
  const alone = text(body?.canDoAloneNextTime);
  const canDoAloneNextTime = alone !== undefined && Object.hasOwn(YES_NO, alone) ? YES_NO[alone] : undefined;
  return {
    dto: {
      ...(outcome !== undefined && { outcome }),
      ...(canDoAloneNextTime !== undefined && { canDoAloneNextTime }),
    },
    shown: { outcome, canDoAloneNextTime: canDoAloneNextTime === undefined ? undefined : alone },
  };
}
