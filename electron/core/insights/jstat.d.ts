// jstat ships no types; Limber uses one function of it.
declare module 'jstat' {
  export const jStat: {
    studentt: { inv(p: number, degreesOfFreedom: number): number };
  };
}
