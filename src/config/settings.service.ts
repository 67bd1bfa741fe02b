import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Settings } from './settings.js';

/** Typed access to the validated settings. */
@Injectable()
export class SettingsService {
  constructor(private readonly config: ConfigService<Settings, true>) {}

  get<K extends keyof Settings>(key: K): Settings[K] {
    return this.config.get(key, { infer: true });
  }
}
