import type { Logger } from '@nestjs/common';
import type { SchedulerRegistry } from '@nestjs/schedule';
import { loggableError } from '../errors/all-exceptions.filter.js';

/**
 * Runs `task` every `ms` on this instance, registered with @nestjs/schedule so shutdown clears
 * it; a failed run is logged and the next one tries again. The timer does not keep the process up.
 */
export function startIntervalJob(
  scheduler: SchedulerRegistry,
  name: string,
  ms: number,
  logger: Logger,
  task: () => Promise<unknown>,
): void {
  const timer = setInterval(() => {
    task().catch((error: unknown) => logger.warn({ err: loggableError(error) }, `${name} failed`));
  }, ms);
  timer.unref();
  scheduler.addInterval(name, timer);
}

export function stopIntervalJob(scheduler: SchedulerRegistry, name: string): void {
  if (scheduler.doesExist('interval', name)) scheduler.deleteInterval(name);
}
