import { TrimmedText } from '../../common/validation/text.js';

export class ListErrandsQuery {
  @TrimmedText({
    min: 1,
    max: 200,
    optional: true,
    description: 'What the citizen typed, in Danish or English; ranks errands by relevance.',
    example: 'mistet mit pas',
  })
  q?: string;
}
