import type { Migration } from '../migrate';
import { episodes } from './001-episodes';
import { adviceAndActivities } from './002-advice-and-activities';
import { reminderEvents } from './003-reminder-events';
import { supplementsFoodCheckIns } from './004-supplements-food-check-ins';
import { checkInInstant } from './005-check-in-instant';
import { episodeAreas } from './006-episode-areas';
import { localDay } from './007-local-day';
import { journalIdentity } from './008-journal-identity';
import { habitTimingIndexes } from './009-habit-timing-indexes';
import { checkInBin } from './010-check-in-bin';
import { painWords } from './011-pain-words';
import { medications } from './012-medications';
import { checkInFactors } from './013-check-in-factors';
import { routines } from './014-routines';
import { ownReminders } from './015-own-reminders';

/** Forward-only, in order. Never edit a shipped migration: add the next one. */
export const migrations: readonly Migration[] = [episodes, adviceAndActivities, reminderEvents, supplementsFoodCheckIns, checkInInstant, episodeAreas, localDay, journalIdentity, habitTimingIndexes, checkInBin, painWords, medications, checkInFactors, routines, ownReminders];
