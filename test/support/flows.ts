import request from 'supertest';
import type { App } from 'supertest/types.js';

/** A stored triage with outcome `visit` for the errand (answers chosen to need a visit). */
export const VISIT_ANSWERS: Record<string, Record<string, boolean>> = {
  PAS_VOKSEN: { has_mitid: true, has_old_passport: true },
  FLYT: { has_mitid: false, moving_abroad: false },
  MITID_NY: { has_chip_id: false, has_cpr: true },
};

export async function visitTriage(http: App, errand = 'PAS_VOKSEN'): Promise<string> {
  const res = await request(http)
    .post('/triage')
    .send({ errand, answers: VISIT_ANSWERS[errand] })
    .expect(201);
  if (res.body.outcome !== 'visit') throw new Error(`triage of ${errand} did not say visit`);
  return res.body.id as string;
}

export interface SlotView {
  start: string;
  end: string;
  location: { id: string; code: string; name: string };
  freeStations: number;
  capacity: number;
}

export async function freeSlots(
  http: App,
  query: Record<string, string>,
): Promise<{ date: string; slots: SlotView[] }[]> {
  const res = await request(http).get('/availability').query(query).expect(200);
  return res.body.days;
}
