import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** What ALTCHA v2 signs: the solver needs nonce, salt, algorithm, cost, keyLength and keyPrefix. */
export class BookingChallengeParameters {
  @ApiProperty({ example: 'SHA-256' })
  algorithm: string;

  @ApiProperty({ description: 'Hex; the password is the nonce followed by the counter (uint32).' })
  nonce: string;

  @ApiProperty({ description: 'Hex.' })
  salt: string;

  @ApiProperty({ example: 1, description: 'Hash rounds per key.' })
  cost: number;

  @ApiProperty({ example: 32 })
  keyLength: number;

  @ApiProperty({ description: 'Hex: the key the solver must find starts with it.' })
  keyPrefix: string;

  @ApiPropertyOptional({ description: 'HMAC of the key to find (lets the server check a solution quickly).' })
  keySignature?: string;

  @ApiProperty({
    example: 1796069348,
    description: 'Unix time (seconds) after which the challenge is refused.',
  })
  expiresAt: number;
}

export class BookingChallengeResponse {
  @ApiProperty({ type: BookingChallengeParameters })
  parameters: BookingChallengeParameters;

  @ApiProperty({ description: 'HMAC-SHA-256 of the parameters (hex); the challenge’s identity.' })
  signature: string;
}
