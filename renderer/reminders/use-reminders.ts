import { useEffect, useState } from 'react';
import type { ReminderStatus, DueReminder } from '../../electron/api/page';
import { useApi } from '../api-context';

/** The scheduler's status and open reminders, kept current by pushed events. */
export function useReminders() {
  const api = useApi();
  const [status, setStatus] = useState<ReminderStatus | null>(null);
  const [open, setOpen] = useState<DueReminder[]>([]);

  useEffect(() => {
    let current = true;
    void api.reminders.status({}).then((s) => {
      if (!current) return;
      setStatus(s);
      setOpen(s.open);
    });
    const offs = [
      api.on('reminderStatus', (s) => {
        setStatus(s);
        setOpen(s.open);
      }),
      api.on('reminderShown', (r) => setOpen((list) => (list.some((x) => x.id === r.id) ? list : [...list, r]))),
      api.on('reminderWithdrawn', ({ id }) => setOpen((list) => list.filter((x) => x.id !== id))),
    ];
    return () => {
      current = false;
      offs.forEach((off) => off());
    };
  }, [api]);

  return { status, open, setStatus };
}
