import { MATCH_END, MATCH_START } from '../../electron/api/page';

/** Renders a search snippet, marking the matched words. */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(MATCH_START);
  return (
    <>
      {parts[0]}
      {parts.slice(1).map((part, i) => {
        const [hit = '', rest = ''] = part.split(MATCH_END);
        return (
          <span key={i}>
            <mark>{hit}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}
