// The OpenAPI document, written from the same route records that app.ts mounts, so it cannot drift.
import type { ParamSpec } from './params.ts';
import type { Route } from './route.ts';

function schemaOf(p: ParamSpec): Record<string, unknown> {
  switch (p.type) {
    case 'int':
      return { type: 'integer', ...(p.min !== undefined ? { minimum: p.min } : {}), ...(p.max !== undefined ? { maximum: p.max } : {}), ...(p.default !== undefined ? { default: p.default } : {}) };
    case 'bool':
      return { type: 'boolean', ...(p.default !== undefined ? { default: p.default } : {}) };
    case 'enum':
      return { type: 'string', enum: p.values, ...(p.default !== undefined ? { default: p.default } : {}) };
    case 'day':
      return { type: 'string', format: 'date' };
    case 'month':
      return { type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' };
    case 'country':
      return { type: 'string', pattern: '^[A-Z]{3}$' };
    default:
      return { type: 'string', maxLength: 200 };
  }
}

const ERROR = { description: 'bad parameter', content: { 'application/json': { schema: { type: 'object', properties: { error: { type: 'string' }, param: { type: 'string' } }, required: ['error', 'param'] } } } };

export function openApi(routes: readonly Route[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [
      ...Object.entries(r.pathParams ?? {}).map(([name, description]) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } })),
      ...Object.entries(r.params).map(([name, p]) => ({ name, in: 'query', required: p.required ?? false, description: p.description, schema: schemaOf(p) })),
    ];
    (paths[path] ??= {})[r.method] = {
      summary: r.summary,
      parameters,
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: r.body } } } } : {}),
      responses: { 200: { description: 'JSON' }, 400: ERROR, ...(r.pathParams ? { 404: { description: 'not found' } } : {}) },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'dyad', version: '1', description: 'Actors, quotes and events read from news, with the sentences as evidence. Read-only, apart from POST /api/analyze, which stores nothing. Lists take limit and offset and answer {items, limit, offset, more}.' },
    paths,
  };
}
