// What the doctor report adds to the Insights figures.

export interface TriggerNamed {
  /** One of the ways the person wrote it; spellings that differ only in case are one trigger. */
  trigger: string;
  episodes: number;
  averagePain: number;
}

export interface ReliefTried {
  relief: string;
  times: number;
  /** Episodes rated "not at all", "a little", "quite a bit", "a lot" (RELIEF_HELPED order); the rest unrated. */
  helped: [number, number, number, number];
}

export interface CheckInTrend {
  weeks: { weekOf: string; checkIns: number; pain: number; stiffness: number; sleep: number }[];
  /** The check-ins in date order split in two: [first half, second half]; empty without any. */
  halves: { checkIns: number; stiffness: number; sleep: number }[];
}
