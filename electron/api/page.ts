// The page's one door into the core: the vocabulary, the shapes the contract carries and a few
// pure helpers (clock and reminder words). Values come only from core files free of zod and Node;
// types are erased. electron/tools/check-renderer-boundary.mjs fails the build if the renderer
// imports core any other way.

export type { Routine } from '../core/advice/content';
export { MATCH_END, MATCH_START } from '../core/advice/markers';
export type { EvidenceView, ItemView, LibraryOverview, RedFlagAttention, SearchResult, TipView } from '../core/advice/views';
export type { AutostartView } from '../core/autostart';
export type { BackupHealth, KeptJournal } from '../core/backup/restore-port';
export { clockFormat } from '../core/clock-format';
export type { DoctorReport, HabitComparison, HabitVerdict, InsightRange, Insights, PainDay, RedFlagSummary, SupplementConsistency } from '../core/insights/insight-types';
export type { CheckInFactor } from '../core/journal/check-in-factor';
export type { Episode, NewEpisode } from '../core/journal/episode';
export type { Supplement } from '../core/journal/supplement';
export type { TimelineCursor, TimelineEntry, TimelineQuery } from '../core/journal/timeline';
export { ACTIVITY_KINDS, BACK_REGIONS, BODY_REGIONS, CHECK_IN_FACTOR_TYPES, ENTRY_KINDS, FACTOR_HIGH_FROM, FRONT_REGIONS, FOOD_TAGS, MAX_CHECK_IN_FACTORS, MAX_FACTOR_NAME, PAIN_WORDS, RELIEF_HELPED, RELIEF_SUGGESTIONS, SUGGESTED_SUPPLEMENTS, TRIGGER_SUGGESTIONS } from '../core/journal/vocabulary';
export type { ActivityKind, BodyArea, BodyRegion, CheckInFactorType, EntryKind, FoodTag, PainWord, TakenKind } from '../core/journal/vocabulary';
export { localDate } from '../core/reminders/local-time';
export { QUIET_REASONS } from '../core/reminders/quiet';
export type { QuietDetector, QuietReason } from '../core/reminders/quiet';
export { BUILT_IN_REMINDERS, builtInReminder, daysWords, MAX_REMINDERS, scheduleWords } from '../core/reminders/reminder-list';
export type { Reminder, ReminderSchedule } from '../core/reminders/reminder-list';
export type { ReminderRules, ReminderSettings } from '../core/reminders/reminder-settings';
export type { ReminderStatus } from '../core/reminders/reminder-status';
export { dueWords, statusWords, timeWords } from '../core/reminders/reminder-words';
export type { DueReminder, Response } from '../core/reminders/scheduler-ports';
export type { ReportPerson } from '../core/report/report-person';
export { ILLUSTRATION_IDS, ILLUSTRATIONS } from '../core/routines/illustrations';
export type { Illustration, IllustrationId } from '../core/routines/illustrations';
export type { OwnRoutine, RoutineStep } from '../core/routines/own-routine';
export type { RoutineDetail, RoutineSummary } from '../core/routines/routine-views';
export { ACTIVITY_FOR, DEFAULT_BREATHS, isOwnRoutineId, ROUTINE_LIMITS } from '../core/routines/routine-vocabulary';
export type { CheckInTrend, ReliefTried, TriggerNamed } from '../core/report/report-types';
export type { ImportReport } from '../core/transfer/journal-file';
