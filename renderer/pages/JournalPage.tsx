import { ActivityList } from '../components/ActivityList';
import { EpisodeList } from '../components/EpisodeList';

const EVERYTHING = {};

export function JournalPage() {
  return (
    <>
      <h1>Journal</h1>
      <h2>Pain and spasms</h2>
      <EpisodeList label="All episodes" range={EVERYTHING} reloadKey={0} showDate emptyText="No episodes yet. Log one from Today." />
      <h2>Activities</h2>
      <ActivityList />
    </>
  );
}
