import { TrimmedText } from '../../../../common/validation/text.js';

/** The reason the citizens are told when the visits an absence left behind are cancelled. */
export class CancelLeftFormDto {
  @TrimmedText({ min: 1, max: 200 })
  reason: string;
}
