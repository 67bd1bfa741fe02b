import request from 'supertest';
import { errorCatalog } from '../src/docs/error-codes.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Schema = Record<string, unknown> & {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
interface Operation {
  requestBody?: { content: Record<string, { schema: Schema }> };
  parameters?: { name: string; in: string; schema?: Schema }[];
  responses: Record<string, unknown>;
  security?: Record<string, string[]>[];
}
interface Document {
  info: { description: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; securitySchemes?: Record<string, unknown> };
}

const METHODS = new Set(['get', 'put', 'post', 'patch', 'delete']);

function operations(doc: Document): [string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, operation]): [string, Operation] => [`${method.toUpperCase()} ${path}`, operation]),
  );
}

/** A schema that says nothing: an object without properties, or no type at all. */
function isEmpty(schema: Schema): boolean {
  if (schema.$ref || schema.allOf || schema.oneOf || schema.anyOf || schema.enum) return false;
  if (schema.type === undefined) return true;
  const properties = Object.keys(schema.properties ?? {}).length;
  return schema.type === 'object' && properties === 0 && schema.additionalProperties === undefined;
}

/** Walks a schema and everything it refers to; returns "where: schema" for every empty one. */
function emptySchemas(doc: Document, root: Schema, where: string, seen: Set<string>): string[] {
  if (root.$ref) {
    const name = root.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return [];
    seen.add(name);
    return emptySchemas(doc, doc.components.schemas[name], name, seen);
  }
  const own = isEmpty(root) ? [`${where}: ${JSON.stringify(root)}`] : [];
  const children: [string, Schema][] = [
    ...Object.entries(root.properties ?? {}).map(([key, child]): [string, Schema] => [
      `${where}.${key}`,
      child,
    ]),
    ...(root.items ? [[`${where}[]`, root.items] as [string, Schema]] : []),
    ...(typeof root.additionalProperties === 'object'
      ? [[`${where}{}`, root.additionalProperties] as [string, Schema]]
      : []),
    ...[...(root.allOf ?? []), ...(root.oneOf ?? []), ...(root.anyOf ?? [])].map(
      (child): [string, Schema] => [where, child],
    ),
  ];
  return [...own, ...children.flatMap(([path, child]) => emptySchemas(doc, child, path, seen))];
}

describe('OpenAPI document (/docs/json)', () => {
  let t: TestApp;
  let doc: Document;
  beforeAll(async () => {
    t = await createTestApp();
    doc = (await request(t.http).get('/docs/json').expect(200)).body as Document;
  });
  afterAll(() => t.close());

  const bodies = () =>
    operations(doc).flatMap(([name, operation]) =>
      Object.values(operation.requestBody?.content ?? {}).map(({ schema }): [string, Schema] => [
        name,
        schema,
      ]),
    );

  it('describes every request body completely, nested schemas included', () => {
    const seen = new Set<string>();
    const empty = bodies().flatMap(([name, schema]) => emptySchemas(doc, schema, name, seen));
    expect(empty).toEqual([]);
    // The walk reached the admin bodies and what they nest, so the check above is not vacuous.
    expect(bodies().filter(([name]) => name.includes(' /admin/')).length).toBeGreaterThanOrEqual(10);
    for (const nested of [
      'ErrandDefinitionDto',
      'TextDto',
      'ListDto',
      'OptionDto',
      'QuestionDto',
      'RuleDto',
    ]) {
      expect(seen).toContain(nested);
    }
    expect(seen).toContain('ConditionDto');
  });

  it('gives every query and path parameter a type', () => {
    const untyped = operations(doc).flatMap(([name, operation]) =>
      (operation.parameters ?? [])
        .filter((parameter) => parameter.in !== 'header' && (!parameter.schema || isEmpty(parameter.schema)))
        .map((parameter) => `${name} ${parameter.in} ${parameter.name}`),
    );
    expect(untyped).toEqual([]);
  });

  it('documents dates, times and instants with their formats', () => {
    const schemas = doc.components.schemas;
    expect(schemas.CreateClosureDto.properties?.startsOn).toMatchObject({
      type: 'string',
      format: 'date',
      pattern: expect.any(String) as string,
      description: expect.stringContaining('exists in the calendar') as string,
    });
    expect(schemas.WeeklyHoursDto.properties?.opens).toMatchObject({
      type: 'string',
      pattern: expect.any(String),
    });
    expect(schemas.AbsenceDto.properties?.startsAt).toMatchObject({ type: 'string', format: 'date-time' });
    expect(schemas.CreateBookingDto.properties?.start).toMatchObject({ type: 'string', format: 'date-time' });
    expect(schemas.ErrandDefinitionDto.properties?.rules).toMatchObject({
      type: 'array',
      items: { $ref: '#/components/schemas/RuleDto' },
    });
  });

  it('declares the bearer scheme that staff operations use', () => {
    expect(doc.components.securitySchemes?.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: expect.any(String) as string,
    });
    const unauthorized = operations(doc).filter(([, operation]) => '401' in operation.responses);
    expect(unauthorized.length).toBeGreaterThan(20);
    // Signing in answers 401 for a wrong password, but needs no token.
    const signIn = unauthorized.filter(([name]) => name === 'POST /auth/login');
    expect(signIn).toHaveLength(1);
    expect(signIn[0][1].security).toBeUndefined();
    for (const [name, operation] of unauthorized.filter(([name]) => name !== 'POST /auth/login')) {
      expect({ name, security: operation.security }).toEqual({ name, security: [{ bearer: [] }] });
    }
    for (const [name, operation] of operations(doc).filter(([, operation]) => operation.security)) {
      expect({ name, has401: '401' in operation.responses }).toEqual({ name, has401: true });
    }
  });

  it('lists every error code: an enum on ErrorResponse.code and a table in the description', () => {
    const codes = errorCatalog().map((entry) => entry.code);
    expect(doc.components.schemas.ErrorResponse.properties?.code).toMatchObject({
      type: 'string',
      enum: codes,
    });
    expect(codes).toEqual(expect.arrayContaining(['TRIAGE_RULES_INCOMPLETE', 'VISIT_NOT_STARTED']));
    for (const code of codes) expect(doc.info.description).toContain(`\`${code}\``);
  });
});
