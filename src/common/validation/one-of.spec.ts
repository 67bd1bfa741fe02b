import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsOneOf } from './one-of.js';

class Choice {
  @IsOneOf(['online', 'app'], { description: 'Where.' })
  channel: string;

  @IsOneOf([15, 30], { optional: true })
  minutes?: number;
}

const problems = (plain: object) =>
  Object.fromEntries(
    validateSync(plainToInstance(Choice, plain)).map((e) => [e.property, Object.values(e.constraints ?? {})]),
  );
const openApi = (key: string): Record<string, unknown> =>
  Reflect.getMetadata('swagger/apiModelProperties', Choice.prototype, key);

describe('IsOneOf', () => {
  it('accepts only the listed values', () => {
    expect(problems({ channel: 'app', minutes: 30 })).toEqual({});
    expect(problems({ channel: 'kiosk', minutes: '30' })).toEqual({
      channel: ['channel must be one of the following values: online, app'],
      minutes: ['minutes must be one of the following values: 15, 30'],
    });
  });

  it('documents the values as an enum', () => {
    expect(openApi('channel')).toMatchObject({
      enum: ['online', 'app'],
      type: String,
      description: 'Where.',
    });
    expect(openApi('minutes')).toMatchObject({ enum: [15, 30], type: Number, required: false });
  });
});
