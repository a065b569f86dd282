import { describe, expect, it } from 'vitest';

import {
  CONTEXT_BODY_METHODS,
  FRAMEWORKS,
  HANDLER_EXPORTS,
  HANDLER_PARAMETER_PATTERNS,
  INPUT_CONTAINERS,
  NESTED_REQUEST_PROPERTIES,
  PAGE_PROPS_EXPORTS,
  REQUEST_INPUT_PROPERTIES,
  RESPONSE_BODY_METHODS,
  TEMPLATE_METHODS,
} from '../../src/frameworks';

describe('framework registry', () => {
  it('gathers every adapter fact that request input and sinks read', () => {
    for (const adapter of FRAMEWORKS) {
      for (const kind of ['request', 'context', 'callable'] as const) {
        for (const name of adapter.requestInputProperties?.[kind] ?? []) expect(REQUEST_INPUT_PROPERTIES[kind].has(name), `${adapter.id} ${kind}.${name}`).toBe(true);
        for (const name of adapter.nestedRequestProperties?.[kind] ?? []) expect(NESTED_REQUEST_PROPERTIES[kind].has(name), `${adapter.id} ${kind}.${name}`).toBe(true);
      }
      for (const name of adapter.inputContainers ?? []) expect(INPUT_CONTAINERS.has(name)).toBe(true);
      for (const name of adapter.handlerExports ?? []) expect(HANDLER_EXPORTS.has(name)).toBe(true);
      for (const name of adapter.responseBodyMethods ?? []) expect(RESPONSE_BODY_METHODS.has(name)).toBe(true);
      for (const name of adapter.contextBodyMethods ?? []) expect(CONTEXT_BODY_METHODS.has(name)).toBe(true);
      for (const name of adapter.templateMethods ?? []) expect(TEMPLATE_METHODS.has(name)).toBe(true);
      for (const name of adapter.pagePropsExports ?? []) expect(PAGE_PROPS_EXPORTS.has(name)).toBe(true);
    }
  });

  it('keeps each framework fact in its adapter', () => {
    const owners = (field: 'responseBodyMethods' | 'contextBodyMethods' | 'pagePropsExports'): string[] => FRAMEWORKS.filter(adapter => adapter[field]).map(adapter => adapter.id);
    expect(owners('responseBodyMethods')).toEqual(['express']);
    expect(owners('contextBodyMethods')).toEqual(['hono']);
    expect(owners('pagePropsExports')).toEqual(['next-pages']);
    expect([...REQUEST_INPUT_PROPERTIES.callable]).toEqual(['data']);
    expect([...NESTED_REQUEST_PROPERTIES.context].sort()).toEqual(['rawRequest', 'req', 'request']);
  });

  it.each([
    ['req', 'request'],
    ['_request', 'request'],
    ['tokenReq', 'request'],
    ['event', 'request'],
    ['apiEvent', 'request'],
    ['ctx', 'context'],
    ['c', 'context'],
    ['koaContext', 'context'],
  ] as const)('names the handler parameter `%s` a %s', (name, kind) => {
    expect(HANDLER_PARAMETER_PATTERNS[kind].name.test(name)).toBe(true);
    expect(HANDLER_PARAMETER_PATTERNS[kind === 'request' ? 'context' : 'request'].name.test(name)).toBe(false);
  });

  it.each(['cc', 'requests', 'request2', 'Req', 'prevent'])('does not take `%s` for a request or a context', name => {
    expect(HANDLER_PARAMETER_PATTERNS.request.name.test(name)).toBe(false);
    expect(HANDLER_PARAMETER_PATTERNS.context.name.test(name)).toBe(false);
  });

  it('reads parameter types: `Request`, `APIGatewayProxyEventV2`, `IncomingMessage`, `Context`', () => {
    for (const type of ['Request', 'NextApiRequest', 'APIGatewayProxyEventV2', 'IncomingMessage']) expect(HANDLER_PARAMETER_PATTERNS.request.type.test(type), type).toBe(true);
    expect(HANDLER_PARAMETER_PATTERNS.request.type.test('Response')).toBe(false);
    expect(HANDLER_PARAMETER_PATTERNS.context.type.test('Context')).toBe(true);
    expect(HANDLER_PARAMETER_PATTERNS.context.type.test('Contexts')).toBe(false);
  });
});
