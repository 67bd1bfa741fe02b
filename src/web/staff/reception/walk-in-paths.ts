/** The walk-in pages of a location. */
export const walkInPaths = (location: string) => {
  const base = `/staff/reception/${encodeURIComponent(location)}/walk-in`;
  return {
    errands: base,
    questions: (errand: string) => `${base}/${encodeURIComponent(errand)}`,
    result: (triage: string) => `${base}/resultat/${encodeURIComponent(triage)}`,
    later: (triage: string) => `${base}/resultat/${encodeURIComponent(triage)}/book`,
  };
};
