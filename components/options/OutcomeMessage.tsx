/** What came of a seller's action in an options section (saved, added, refused and why). */
export type Outcome = { kind: 'ok' | 'error'; text: string } | null;

/** The outcome line under a section's buttons: a failure is announced as an alert, a success as a status. */
export function OutcomeMessage({ outcome, testId }: { outcome: Outcome; testId?: string }) {
  if (!outcome) return null;
  return (
    <p role={outcome.kind === 'error' ? 'alert' : 'status'} className={outcome.kind === 'error' ? 'error' : 'ok'} data-testid={testId}>
      {outcome.text}
    </p>
  );
}
