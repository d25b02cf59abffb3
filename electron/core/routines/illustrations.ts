// The library of step illustrations: one drawing each in resources/illustrations/<id>.svg. Built-in
// steps name one (advice/content.ts), and people pick from it for their own steps. Free of zod and
// Node: the page reads the titles and descriptions through electron/api/page.ts.

export const ILLUSTRATIONS = [
  {
    id: 'march',
    title: 'March on the spot',
    alt: 'A person standing tall lifts one knee with the opposite arm swinging forward, then puts that foot down and lifts the other knee.',
  },
  {
    id: 'shoulder-rolls',
    title: 'Shoulder rolls',
    alt: 'A person standing with arms loose draws both shoulders up towards the ears, then rolls them back and down.',
  },
  {
    id: 'arm-swings',
    title: 'Arm swings',
    alt: 'A person standing with feet apart swings both arms loosely across the body to one side, then across to the other side.',
  },
  {
    id: 'hip-circles',
    title: 'Hip circles',
    alt: 'A person standing with hands on hips moves the hips out to one side and round to the other, drawing a small circle.',
  },
  {
    id: 'side-bends',
    title: 'Side bends',
    alt: 'A person standing with feet apart bends gently to one side, sliding that hand down the outside of the leg with the other hand at the waist, then bends the other way.',
  },
  {
    id: 'heel-raises',
    title: 'Heel raises',
    alt: 'A person standing beside a desk with one hand resting on it rises onto the toes, then lowers the heels to the floor.',
  },
  {
    id: 'walk',
    title: 'Walk',
    alt: 'A person walking at an easy pace, one leg striding forward as the opposite arm swings, then the other.',
  },
  {
    id: 'belly-breathing',
    title: 'Belly breathing',
    alt: 'A person standing relaxed with both hands resting on the belly, which swells forward as they breathe in.',
  },
  {
    id: 'stand-up',
    title: 'Stand up',
    alt: 'A person sitting on a chair with feet flat on the floor stands up in front of it.',
  },
  {
    id: 'leg-straighten',
    title: 'Straighten a leg',
    alt: 'A person sitting on a chair straightens one leg out in front, level with the seat, then bends it back down.',
  },
  {
    id: 'relax-shoulders',
    title: 'Relax the shoulders',
    alt: 'A person standing with shoulders hunched up towards the ears lets them drop, arms hanging loose.',
  },
  {
    id: 'feet-supported',
    title: 'Feet supported',
    alt: 'A person sitting upright on a chair with both feet resting flat on a footrest, knees bent at about a right angle.',
  },
  {
    id: 'screen-height',
    title: 'Screen at eye level',
    alt: 'A person sitting upright at a desk looks straight ahead: the top of the screen in front of them is level with their eyes.',
  },
  {
    id: 'cat-cow-seated',
    title: 'Seated cat-cow',
    alt: 'A person sitting on a chair with hands on the knees arches the back, lifting chest and chin, then rounds the back and lowers the head.',
  },
  {
    id: 'knee-to-chest',
    title: 'Knee to chest',
    alt: 'A person lying on their back with legs straight draws one knee up towards the chest and holds it.',
  },
] as const;

export type Illustration = (typeof ILLUSTRATIONS)[number];
export type IllustrationId = Illustration['id'];

type Ids<T extends readonly { id: string }[]> = { readonly [K in keyof T]: T[K]['id'] };

/** The ids in catalog order, typed as a tuple so `z.enum` can check them. */
export const ILLUSTRATION_IDS = ILLUSTRATIONS.map((i) => i.id) as unknown as Ids<typeof ILLUSTRATIONS>;
