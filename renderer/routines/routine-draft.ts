import type { ActivityKind, IllustrationId, OwnRoutine } from '../../electron/api/page';

// The editor's draft of a routine: what is typed, kept as typed (a number field may be blank on
// the way to "30"), and turned into the `routines.save` input only when saved. The core checks it.

export interface StepDraft {
  /** Stable through moves, so React keeps each step's fields and focus can follow a moved step. */
  key: number;
  title: string;
  text: string;
  measure: 'seconds' | 'reps';
  /** The number field's text. */
  amount: string;
  illustration: IllustrationId | null;
}

export interface RoutineDraft {
  name: string;
  activity: ActivityKind;
  steps: StepDraft[];
}

let lastKey = 0;

export const blankStep = (): StepDraft => ({ key: ++lastKey, title: '', text: '', measure: 'seconds', amount: '30', illustration: null });

export function toDraft(routine: OwnRoutine | null): RoutineDraft {
  if (!routine) return { name: '', activity: 'other', steps: [blankStep()] };
  // A routine whose steps could not be read starts again from one blank step.
  if (routine.steps.length === 0) return { name: routine.name, activity: routine.activity, steps: [blankStep()] };
  return {
    name: routine.name,
    activity: routine.activity,
    steps: routine.steps.map((s) => ({
      key: ++lastKey,
      title: s.title,
      text: s.text,
      measure: s.reps === null ? 'seconds' : 'reps',
      amount: String(s.reps ?? s.seconds ?? ''),
      illustration: s.illustration,
    })),
  };
}

/** A blank number field is sent as 0, so the refusal names its range ("must be 5 to 600 seconds"). */
export function toInput({ name, activity, steps }: RoutineDraft) {
  return {
    name,
    activity,
    steps: steps.map(({ title, text, measure, amount, illustration }) => ({
      title,
      text,
      seconds: measure === 'seconds' ? Number(amount) : null,
      reps: measure === 'reps' ? Number(amount) : null,
      illustration,
    })),
  };
}

/** The draft with the step at `index` moved by `by` (−1 up, +1 down); unchanged at either end. */
export function moveStep(draft: RoutineDraft, index: number, by: -1 | 1): RoutineDraft {
  const to = index + by;
  if (to < 0 || to >= draft.steps.length) return draft;
  const steps = [...draft.steps];
  [steps[index], steps[to]] = [steps[to]!, steps[index]!];
  return { ...draft, steps };
}

/**
 * A refusal's field errors with each step's errors under its key (`12.title`) rather than its
 * place (`steps.0.title`), so an error stays beside its step when steps move.
 */
export function errorsByStep(byField: Record<string, string>, draft: RoutineDraft): Record<string, string> {
  return Object.fromEntries(
    Object.entries(byField).map(([field, message]) => {
      const step = /^steps\.(\d+)\.(.+)$/.exec(field);
      const key = step && draft.steps[Number(step[1])]?.key;
      return [key ? `${key}.${step[2]}` : field, message];
    }),
  );
}
