// Types for miss-times.mjs.
export class MissTimes {
  constructor(maxKeys?: number, now?: () => number);
  missed(key: string): void;
  takeAge(key: string): number;
}
