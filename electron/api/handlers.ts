import type { Autostart, AutostartView } from '../core/autostart';
import { keptJournals } from '../core/backup/kept-journals';
import type { JournalRestorer } from '../core/backup/restore-port';
import { redFlagSignsIn, searchAboutRedFlags } from '../core/advice/red-flag-words';
import { insights } from '../core/insights/insights';
import { localDate } from '../core/reminders/local-time';
import { doctorReport } from '../core/report/doctor-report';
import type { ReportPdf } from '../core/report/report-pdf';
import { LimberError } from '../core/errors';
import type { LimberCore } from '../core/limber-core';
import { timelinePage } from '../core/journal/timeline-query';
import { redFlagSignsInBody } from '../core/advice/red-flag-body';
import type { ReminderService } from '../core/reminders/reminder-service';
import { checkInRows } from '../core/transfer/check-in-csv';
import { exportJournal, toCsv } from '../core/transfer/journal-transfer';
import { RoutineCatalog } from '../core/routines/routine-catalog';
import type { Handlers } from './dispatch';

/** Binds each channel to the core. Handlers receive input already validated by the dispatcher. */
export interface HostServices {
  autostart: Autostart;
  restorer: JournalRestorer;
  reportPdf: ReportPdf;
}

export function createHandlers(core: LimberCore, reminders: ReminderService, { autostart, restorer, reportPdf }: HostServices): Handlers {
  const { scheduler } = reminders;
  const routines = new RoutineCatalog(core.advice.routines, core.routines);
  const autostartState = (): AutostartView => {
    const state = autostart.state();
    return { supported: state !== null, enabled: state?.enabled ?? false, needsApproval: state?.needsApproval ?? false };
  };
  return {
    journal: {
      timeline: (query) => timelinePage(core, query),
      addEpisode: (input) => {
        const episode = core.episodes.add(input);
        const day = localDate(episode.startedAt, episode.timeZone);
        const bodySigns = redFlagSignsInBody(episode.areas, episode.qualities);
        return { ...episode, attention: core.redFlags.afterPain({ pain: episode.intensity, note: episode.notes, day, timeZone: episode.timeZone, bodySigns }) };
      },
      listEpisodes: (query) => core.episodes.list(query),
      updateEpisode: (input) => core.episodes.update(input),
      deleteEpisode: ({ id }) => core.episodes.remove(id),
      restoreEpisode: ({ id }) => core.episodes.restore(id),
      addActivity: (input) => core.activities.add(input),
      listActivities: (query) => core.activities.list(query),
      updateActivity: (input) => core.activities.update(input),
      deleteActivity: ({ id }) => core.activities.remove(id),
      restoreActivity: ({ id }) => core.activities.restore(id),
      addSupplement: (input) => core.supplements.addSupplement(input),
      listSupplements: ({ kind }) => core.supplements.listSupplements(kind),
      archiveSupplement: ({ id }) => {
        core.supplements.archiveSupplement(id);
        return { id };
      },
      takeSupplement: (input) => core.supplements.take(input),
      listSupplementDoses: (query) => core.supplements.list(query),
      updateSupplementDose: (input) => core.supplements.updateDose(input),
      deleteSupplementDose: ({ id }) => core.supplements.remove(id),
      restoreSupplementDose: ({ id }) => core.supplements.restore(id),
      addFood: (input) => core.food.add(input),
      listFood: (query) => core.food.list(query),
      updateFood: (input) => core.food.update(input),
      deleteFood: ({ id }) => core.food.remove(id),
      restoreFood: ({ id }) => core.food.restore(id),
      saveCheckIn: (input) => {
        const checkIn = core.checkIns.save(input);
        return { ...checkIn, attention: core.redFlags.afterPain({ pain: checkIn.pain, note: checkIn.note, day: checkIn.day, timeZone: checkIn.timeZone }) };
      },
      checkIn: ({ day }) => core.checkIns.get(day),
      listCheckIns: ({ from, limit }) => core.checkIns.list(from, limit),
      deleteCheckIn: ({ id }) => core.checkIns.remove(id),
      restoreCheckIn: ({ id }) => core.checkIns.restore(id),
    },
    advice: {
      overview: () => core.advice.overview(),
      item: ({ id }) => core.advice.item(id),
      search: ({ query, limit }) => ({ hits: core.advice.search(query, limit), redFlags: searchAboutRedFlags(query) ? redFlagSignsIn(query) : null }),
      setSaved: ({ id, saved }) => core.advice.setSaved(id, saved),
      saved: () => core.advice.saved(),
      nextTip: () => core.advice.nextTip(),
      tipOfTheDay: ({ day }) => core.advice.tipOfTheDay(day),
    },
    routines: {
      list: () => routines.list(),
      get: ({ id }) => routines.get(id),
      save: (input) => routines.save(input),
      copy: ({ id }) => routines.copy(id),
      delete: ({ id }) => core.routines.remove(id),
      restore: ({ id }) => core.routines.restore(id),
    },
    reminders: {
      status: () => scheduler.status(),
      settings: () => reminders.settingsNow(),
      quietDetectors: () => reminders.quietDetectors(),
      updateRules: (rules) => reminders.updateRules(rules),
      saveReminder: ({ reminder }) => reminders.saveReminder(reminder, (id) => routines.list().some((r) => r.id === id)),
      removeReminder: ({ id }) => reminders.removeReminder(id),
      restoreReminder: ({ id }) => reminders.restoreReminder(id),
      respond: ({ id, response }) => {
        scheduler.respond(id, response);
        return scheduler.status();
      },
      pause: (choice) => reminders.pause(choice.for),
      resume: () => {
        scheduler.resume();
        return scheduler.status();
      },
      setDoNotDisturb: ({ on }) => {
        scheduler.setDoNotDisturb(on);
        return scheduler.status();
      },
    },
    data: {
      exportJson: () => exportJournal(core),
      exportCsv: ({ kind }) => {
        const file = exportJournal(core);
        return toCsv(kind === 'checkIns' ? checkInRows(file) : (file[kind] as Record<string, unknown>[]));
      },
      importJson: async ({ text }) => {
        const report = await core.importer.importText(text);
        reminders.reload();
        return report;
      },
      backups: () => core.backups.list().map(({ name, day, sizeBytes }) => ({ name, day, sizeBytes })),
      backupHealth: () => ({ lastFailure: core.backups.lastFailure, keptAside: keptJournals(core.file) }),
      restoreBackup: ({ name }) => {
        if (!core.backups.list().some((b) => b.name === name)) throw new LimberError('not-found', `There is no backup called ${name}.`);
        return restorer.restore(name);
      },
    },
    insights: {
      overview: (query) => insights(core.db, query),
    },
    report: {
      build: (span) => doctorReport(core.episodes, span, core.settings.get('reportPerson')),
      pdfSupported: () => ({ supported: reportPdf.supported }),
      savePdf: (span) => {
        if (!reportPdf.supported) throw new LimberError('unsupported', 'Saving a PDF is done with Print here: choose "Save as PDF" as the printer.');
        return reportPdf.save(span);
      },
    },
    settings: {
      get: () => core.settings.all(),
      acknowledgeNotice: () => core.settings.acknowledgeNotice(),
      setReportPerson: (person) => core.settings.setReportPerson(person),
      setCheckInFactors: ({ factors }) => {
        core.checkInFactors.replace(factors);
        return core.settings.all();
      },
      setSingleKeyShortcuts: ({ on }) => {
        core.settings.set('singleKeyShortcuts', on);
        return core.settings.all();
      },
      autostart: autostartState,
      setAutostart: ({ on }) => {
        if (autostart.state() === null) throw new LimberError('unsupported', 'Starting at login is only available in the desktop app.');
        autostart.set(on);
        return autostartState();
      },
    },
  };
}
