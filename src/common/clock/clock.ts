/** The source of "now" for services, so tests can fix time instead of racing the wall clock. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
