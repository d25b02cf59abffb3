import { describe, expect, it } from 'vitest';
import { bundledAdviceContent } from '../../../electron/core/advice/bundled-content';
import { redFlagSignsIn, searchAboutRedFlags, SIGN_WORDS } from '../../../electron/core/advice/red-flag-words';

const content = bundledAdviceContent();
const signs = [...content.redFlags.emergency.signs, ...content.redFlags.urgent.signs];

/** Everyday ways of saying each sign; every pattern must be reached by at least one. */
const SAID: Record<string, string[]> = {
  'numbness or tingling around the genitals or buttocks, or altered feeling when wiping': [
    'numb bum',
    'tingling in my groin',
    'can’t feel it when wiping',
    "can't feel anything when wiping",
    'saddle numbness',
    'worried about cauda equina',
    'my buttocks feel numb',
  ],
  'difficulty peeing, loss of bladder or bowel control, or a change in sexual function': [
    "can't pee",
    'trouble peeing since this morning',
    'struggling to wee',
    'some incontinence today',
    'lost control of my bladder',
    'bowel problems',
    'wet myself',
    'erectile problems',
  ],
  'pain, tingling, weakness or numbness in both legs': ['numb legs', 'numbness in both legs', 'legs feel weak', 'pins and needles in both feet', 'my leg gave way', 'foot drop'],
  'chest pain': ['chest pain too', 'chest tightness'],
  'pain that started after a serious fall or accident': ['after a fall', 'since the car accident', 'fell off a ladder', 'bike crash', 'whiplash'],
  'a high temperature': ['fever', 'feverish and sore', 'I have a high temperature', 'chills'],
  'weight loss without trying': ['weight loss', 'lost 5 kg without trying'],
  'a lump, swelling or change in the shape of the back': ['a lump on my spine', 'swelling near the spine', 'change in the shape of my back'],
  'pain that does not ease with rest or is worse at night': ['night pain', 'pain worse at night', "doesn't ease with rest"],
  'pain made worse by sneezing, coughing or going to the toilet': ['sneezing makes it worse', 'pain when I cough'],
  'pain between the shoulder blades': ['pain between my shoulder blades'],
  'a history of cancer, long-term steroid use or osteoporosis': ['history of cancer', 'on steroids for years', 'osteoporosis'],
  'pain that has not improved after a few weeks': ['not improved in 6 weeks', "hasn't got better for weeks"],
};

describe('red-flag signs in everyday words', () => {
  it('knows words for every sign on the card, and only signs that are on it', () => {
    expect(Object.keys(SIGN_WORDS).sort()).toEqual([...signs].sort());
    expect(Object.keys(SAID).sort()).toEqual([...signs].sort());
  });

  for (const [sign, phrases] of Object.entries(SAID)) {
    it.each(phrases)(`"%s" names: ${sign}`, (phrase) => {
      expect(redFlagSignsIn(phrase)).toContain(sign);
      expect(searchAboutRedFlags(phrase)).toBe(true);
    });
    it(`every pattern for "${sign}" is reached by a phrase here`, () => {
      for (const pattern of SIGN_WORDS[sign]!) expect({ pattern: String(pattern), reached: phrases.some((p) => pattern.test(p)) }).toEqual({ pattern: String(pattern), reached: true });
    });
  }

  it('finds every sign in one note, in the card’s order', () => {
    expect(redFlagSignsIn('10/10 today, numbness in both legs, trouble peeing')).toEqual([
      'difficulty peeing, loss of bladder or bowel control, or a change in sexual function',
      'pain, tingling, weakness or numbness in both legs',
    ]);
  });

  it.each(['sciatica', 'red flags', 'when to see a doctor', 'numb', 'tingling'])('a search for "%s" is about the red flags though it names no sign', (query) => {
    expect(searchAboutRedFlags(query)).toBe(true);
  });

  it.each([
    'heat',
    'magnesium before bed',
    'slept badly at night',
    'fell asleep at my desk',
    'a walk in the park',
    'bath temperature',
    'stiff after sitting all day',
    'yoga for the lower back',
    'warm-up',
  ])('"%s" is not a red flag', (text) => {
    expect(redFlagSignsIn(text)).toEqual([]);
    expect(searchAboutRedFlags(text)).toBe(false);
  });
});
