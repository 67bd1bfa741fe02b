import type { EntityManager } from 'typeorm';
import { insertErrand } from '../errands/catalog.writer.js';
import { Errand } from '../errands/entities/errand.entity.js';
import { DEMO_ERRANDS } from './errand-catalog.js';

/**
 * Loads the demo data into an empty database (no errands yet); leaves a database with data alone.
 * Returns whether it loaded anything.
 */
export async function seedDemoData(manager: EntityManager): Promise<boolean> {
  if (await manager.exists(Errand)) return false;
  for (const definition of DEMO_ERRANDS) await insertErrand(manager, definition);
  return true;
}
