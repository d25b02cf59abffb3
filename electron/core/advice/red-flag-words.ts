// The red-flag signs (resources/advice: the NHS list and NICE NG59) and the everyday words people
// use for them, so a search or a journal note in their own words finds the signs. Each pattern
// names the sign it stands for by its text in the content; a test checks every sign has words and
// every pattern points at a real sign.

/** Numbness and its everyday words. */
const NUMB_WORDS = String.raw`numb\w*|tingl\w*|pins and needles|no feeling|can'?t feel|cannot feel|lost feeling|altered feeling|strange feeling|dead`;
const NUMB = `(?:${NUMB_WORDS})`;
const NEAR = String.raw`[^.!?\n]{0,40}`;

const either = (a: string, b: string) => new RegExp(String.raw`\b${a}${NEAR}\b${b}|\b${b}${NEAR}\b${a}`, 'i');

export const SIGN_WORDS: Record<string, RegExp[]> = {
  'numbness or tingling around the genitals or buttocks, or altered feeling when wiping': [
    either(NUMB, String.raw`(?:genital\w*|groin|buttocks?|bum|bottom|crotch|saddle|private parts?|wiping|perineum|anus)`),
    /\bsaddle (?:numbness|anaesthesia|anesthesia)\b/i,
    /\bcauda equina\b/i,
  ],
  'difficulty peeing, loss of bladder or bowel control, or a change in sexual function': [
    /\b(?:can'?t|cannot|can not|couldn'?t|trouble|difficulty|hard|struggl\w*|unable)\W+(?:to\W+)?(?:pee|peeing|wee|urinat\w*|pass water|pass urine|poo|go to the toilet)\b/i,
    /\bincontinen\w*/i,
    /\b(?:lost|losing|lose|loss of|no)\W+(?:control\W+(?:of\W+)?)?(?:my\W+)?(?:bladder|bowels?)\b/i,
    /\b(?:bladder|bowel) (?:control|problems?|changes?)\b/i,
    /\b(?:wet|soiled) (?:myself|the bed|my pants)\b/i,
    /\b(?:erectile|impotence|sexual function)\b/i,
  ],
  'pain, tingling, weakness or numbness in both legs': [
    either(String.raw`(?:${NUMB_WORDS}|weak\w*)`, String.raw`(?:both legs|legs|both feet|feet)`),
    /\blegs? (?:gave|giving|give) way\b/i,
    /\bfoot drop\b/i,
  ],
  'chest pain': [/\bchest (?:pain|pains|tightness|pressure|hurts)\b/i],
  'pain that started after a serious fall or accident': [
    /\b(?:after|since|from) (?:a |the |my )?(?:bad |serious )?(?:fall|accident|crash|collision)\b/i,
    /\bfell (?:off|down|over|from|on)\b/i,
    /\b(?:car|road|bike|cycling|traffic|skiing|work) (?:accident|crash)\b/i,
    /\bwhiplash\b/i,
  ],
  'a high temperature': [/\b(?:fever\w*|high temperature|a temperature|chills)\b/i],
  'weight loss without trying': [/\bweight loss\b/i, /\b(?:lost|losing|lose|dropped) (?:\w+ )?(?:weight|kg|kilos|pounds|lbs|stone)\b/i],
  'a lump, swelling or change in the shape of the back': [/\b(?:lump|swelling|swollen)\b/i, /\bchange\w* (?:in )?(?:the )?shape\b/i],
  'pain that does not ease with rest or is worse at night': [
    /\bnight(?:-time)? pain\b/i,
    /\b(?:pain|hurts?|worse|wakes me|woke me|waking me|keeps me awake)\b[^.!?\n]{0,30}\b(?:at night|in the night|overnight)\b/i,
    /\b(?:does ?n[o']t|not|never) eas\w* (?:with|when i|after) rest\w*/i,
  ],
  'pain made worse by sneezing, coughing or going to the toilet': [
    either(String.raw`(?:sneez\w*|cough\w*)`, String.raw`(?:worse|hurts?|pain\w*|agony)`),
  ],
  'pain between the shoulder blades': [/\bbetween (?:my |the )?shoulder ?blades\b/i],
  'a history of cancer, long-term steroid use or osteoporosis': [/\b(?:cancer|tumou?rs?|chemo\w*|steroids?|prednisolone|osteoporosis|brittle bones)\b/i],
  'pain that has not improved after a few weeks': [
    /\b(?:not|hasn'?t|haven'?t|isn'?t|no|never) (?:improv\w*|(?:got |gotten |getting )?better|eased)\b[^.!?\n]{0,30}\b(?:weeks?|months?)\b/i,
  ],
};

/** Words that are about when to worry without naming a sign: a search for them shows the signs first. */
const ABOUT_RED_FLAGS = /\b(?:sciatica|red flags?|emergency|a&e|urgent|doctor|gp|see someone|when to worry|numb\w*|tingl\w*|weak legs?|nerve)\b/i;

/** Every pattern at once: most notes name no sign, and one pass over them says so (the doctor report reads a year of notes). */
const ANY_SIGN = new RegExp(Object.values(SIGN_WORDS).flat().map((p) => `(?:${p.source})`).join('|'), 'i');

/** The signs a text mentions in everyday words, in the content's order. */
export function redFlagSignsIn(text: string): string[] {
  // A bounded look (notes and queries are short; a huge paste is not scanned whole), with
  // typographic apostrophes as typed on phones and Macs read as plain ones.
  const sample = text.slice(0, 5000).replace(/[‘’]/g, "'");
  if (!ANY_SIGN.test(sample)) return [];
  return Object.entries(SIGN_WORDS)
    .filter(([, patterns]) => patterns.some((p) => p.test(sample)))
    .map(([sign]) => sign);
}

/** Whether a search is about a red flag, so the signs come first. */
export function searchAboutRedFlags(query: string): boolean {
  return redFlagSignsIn(query).length > 0 || ABOUT_RED_FLAGS.test(query.slice(0, 5000));
}
