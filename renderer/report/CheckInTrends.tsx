import type { CheckInTrend } from '../../electron/api/page';
import { DataTable } from '../components/DataTable';
import { dayWords } from '../time';

/** Fewer check-ins than this in either half and the halves are not compared. */
const MIN_EACH_HALF = 3;

/** Stiffness and sleep from the daily check-ins: first half against second, then week by week. */
export function CheckInTrends({ trend }: { trend: CheckInTrend }) {
  const [first, second] = trend.halves;
  return (
    <section aria-labelledby="report-check-ins">
      <h2 id="report-check-ins">Stiffness and sleep</h2>
      {trend.weeks.length === 0 ? (
        <p>No daily check-ins in these days.</p>
      ) : (
        <>
          <p>
            {first && second && first.checkIns >= MIN_EACH_HALF && second.checkIns >= MIN_EACH_HALF
              ? `Stiffness (0 none – 10 worst) averaged ${first.stiffness} over the first ${first.checkIns} check-ins and ${second.stiffness} over the last ${second.checkIns}; sleep quality (0 poor – 10 great) ${first.sleep}, then ${second.sleep}.`
              : `Too few check-ins to compare the first half of these days with the second (${MIN_EACH_HALF} needed in each).`}
          </p>
          <DataTable
            caption="Daily check-ins, week by week (averages)"
            columns={['Week of', 'Check-ins', 'Pain', 'Stiffness', 'Sleep']}
            rows={trend.weeks.map((w) => [dayWords(w.weekOf, 'short'), w.checkIns, w.pain, w.stiffness, w.sleep])}
          />
        </>
      )}
    </section>
  );
}
