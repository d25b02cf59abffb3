// Wrap the matched words in search snippets. Private-use characters cannot occur in the content,
// so the renderer can split on them safely. Kept apart so the renderer imports no core logic.
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';
