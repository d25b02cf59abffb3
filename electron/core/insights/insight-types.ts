import { z } from 'zod';
import type { TakenKind } from '../journal/vocabulary';
import type { Episode } from '../journal/episode';
import { dayKeySchema } from '../journal/paging';
import type { ReportPerson } from '../report/report-person';
import type { CheckInTrend, ReliefTried, TriggerNamed } from '../report/report-types';
import type { ActivityKind } from '../journal/vocabulary';

// What insights and the doctor report answer, and what they are asked: no Node or SQL here, so
// the renderer can share the types.

export const INSIGHT_RANGES = ['4-weeks', '3-months', '1-year', 'all'] as const;
export type InsightRange = (typeof INSIGHT_RANGES)[number];

/** Local calendar days, both ends included. */
export type DaySpan = { from: string; to: string };

export const daySpanSchema = z
  .strictObject({ from: dayKeySchema, to: dayKeySchema })
  .refine((s) => s.from <= s.to, { message: 'must not start after it ends', path: ['to'] });

export const insightsQuerySchema = z.strictObject({
  range: z.enum(INSIGHT_RANGES, { error: `must be one of ${INSIGHT_RANGES.join(', ')}` }),
  /** The person's local date: ranges end on it. */
  today: dayKeySchema,
});
export type InsightsQuery = z.output<typeof insightsQuerySchema>;

export interface PainDay {
  day: string;
  worst: number;
  average: number;
  /** Mean of the daily averages over this day and the six before it that have records. */
  rolling: number;
  records: number;
}

export interface WeekTotals {
  /** The Monday the week starts on. */
  week: string;
  /** How many of its days fall inside the range: edge weeks can be partial. */
  days: number;
  episodes: number;
  /** Minutes of each kind of activity logged that week. */
  activityMinutes: Record<ActivityKind, number>;
  reminders: { done: number; snoozed: number; skipped: number; ignored: number };
}

export interface SupplementConsistency {
  supplementId: number;
  kind: TakenKind;
  name: string;
  /** Days with at least one dose. */
  daysTaken: number;
  /** Days from the first dose in the range to its end: the days it could have been taken. */
  daysTracked: number;
}

export interface Difference {
  /** Mean of the first group minus the mean of the second. */
  estimate: number;
  /** 95% interval for that difference. */
  low: number;
  high: number;
}

export type HabitVerdict = 'lower' | 'higher' | 'no-clear-difference' | 'not-enough-data';

export interface HabitComparison {
  id: string;
  /** What the row is called: a habit ("a completed warm-up"), a supplement taken, a check-in factor's name. */
  label: string;
  /** Completes "on days …": "with a completed warm-up", "when “Stress” was 6 or more". */
  about: string;
  /** The two groups of days, counted: "with" and "without"; "yes" and "no"; "at 6 or more" and "at 5 or less". */
  sides: { with: string; without: string };
  withDays: number;
  withoutDays: number;
  /** Mean of the day's worst pain (0–10), or null with no such days. */
  withMean: number | null;
  withoutMean: number | null;
  /** Days with minus days without, with its 95% interval; null below the minimum of days. */
  difference: Difference | null;
  verdict: HabitVerdict;
}

/** What touches the red flags in a span, for the Insights page and the doctor report. */
export interface RedFlagSummary {
  /** Days whose notes name a red-flag sign, newest first, with the signs as the card words them. */
  mentions: { day: string; signs: string[] }[];
  /** Days whose worst pain was 9 or 10. */
  severeDays: number;
  /** Of the span's last `recentDays` days, those whose worst pain was 7 or more. */
  highPainRecentDays: number;
  recentDays: number;
}

export interface Insights extends DaySpan {
  days: number;
  redFlags: RedFlagSummary;
  pain: PainDay[];
  weeks: WeekTotals[];
  supplements: SupplementConsistency[];
  habits: HabitComparison[];
  /** The person's own check-in factors, compared as the habits are. */
  factors: HabitComparison[];
  /** Days needed on each side before a habit is compared. */
  minDaysEach: number;
}

export interface DoctorReport extends DaySpan {
  days: number;
  generatedAt: number;
  /** Who it is about, when the person gave it in Settings (both optional). */
  person: ReportPerson;
  pain: PainDay[];
  painSummary: { daysRecorded: number; averageWorst: number | null; highest: number | null };
  episodes: Episode[];
  triggers: TriggerNamed[];
  relief: ReliefTried[];
  activities: { kind: ActivityKind; sessions: number; minutes: number }[];
  /** Counted as on the Insights page: from each supplement's first dose in the span. */
  supplements: SupplementConsistency[];
  checkIns: CheckInTrend;
  /** Check-in notes, in the person's words. */
  notes: { day: string; note: string }[];
  redFlags: RedFlagSummary;
}
