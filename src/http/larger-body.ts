import { RouteConfig } from '@nestjs/platform-fastify';

/** A route's own, larger body limits, over INPUT_LIMITS.bodyValues and BODY_LIMIT_BYTES. */
export interface BodyLimits {
  bytes: number;
  values: number;
}

/**
 * For the one route that takes more than any other (the whole errand catalog in one import, a
 * staff route): its own byte and value limits, applied by registerHostileInputLimits. The depth
 * limit still holds.
 */
export const LargerBody = (limits: BodyLimits) => RouteConfig({ bodyLimits: limits });

export const bodyLimitsOf = (config: unknown): BodyLimits | undefined =>
  (config as { bodyLimits?: BodyLimits } | undefined)?.bodyLimits;
