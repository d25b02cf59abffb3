import { EpisodeList } from '../components/EpisodeList';

const EVERYTHING = {};

export function JournalPage() {
  return (
    <>
      <h1>Journal</h1>
      <EpisodeList
        label="All episodes"
        range={EVERYTHING}
        reloadKey={0}
        showDate
        emptyText="No episodes yet. Log one from Today."
      />
    </>
  );
}
