import { Errand } from '../errands/entities/errand.entity.js';
import { SelfServiceOption } from '../errands/entities/self-service-option.entity.js';
import { TriageQuestion } from '../errands/entities/triage-question.entity.js';
import { TriageRule } from '../errands/entities/triage-rule.entity.js';
import { TriageSession } from '../errands/entities/triage-session.entity.js';

/** Every entity, for the connection and the check that entities and migrations agree. */
export const ENTITIES = [Errand, SelfServiceOption, TriageQuestion, TriageRule, TriageSession];
