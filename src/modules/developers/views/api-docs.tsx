import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { ScrollTable } from '../../../web/components.js';

interface Operation {
  summary?: string; description?: string; tags?: string[];
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: Record<string, unknown>; description?: string }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
}
export interface OpenApiDocument {
  openapi: string; info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function schemaType(schema: Record<string, unknown> | undefined): string {
  if (!schema) return '';
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).join(' | ');
  const type = Array.isArray(schema.type) ? (schema.type as string[]).join(' | ') : String(schema.type ?? '');
  const bounds = [schema.minimum !== undefined ? `≥ ${schema.minimum}` : '', schema.maximum !== undefined ? `≤ ${schema.maximum}` : ''].filter(Boolean).join(', ');
  return bounds ? `${type} (${bounds})` : type;
}

/** The OpenAPI document as an accessible page: operations grouped by tag, parameters as tables. */
export function ApiDocsPage({ ctx, doc }: { ctx: ViewContext; doc: OpenApiDocument }) {
  const { t } = ctx;
  const byTag = new Map<string, Array<{ method: string; path: string; op: Operation }>>();
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = ops[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? 'other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, op }]);
    }
  }
  const tags = [...byTag.keys()].sort();
  return (
    <Layout ctx={ctx} title={t('apidocs.title')} api={null}>
      <h1>{t('apidocs.title')}</h1>
      <p class="lead">{t('apidocs.lead')}</p>
      <ul>
        <li><a href="/api/v1/openapi.json">{t('apidocs.document', { version: doc.openapi })}</a></li>
        <li><a href="/api/v1">{t('apidocs.index')}</a></li>
      </ul>
      <h2>{t('apidocs.conventions')}</h2>
      <ul>
        <li>{t('apidocs.conv.twin')}</li>
        <li>{t('apidocs.conv.errors')}</li>
        <li>{t('apidocs.conv.writes')}</li>
        <li>{t('apidocs.conv.versions')}</li>
        <li>{t('apidocs.conv.bilingual')}</li>
        <li>{t('apidocs.conv.paging')}</li>
        <li>{t('apidocs.conv.changes')}</li>
      </ul>
      <nav aria-label={t('apidocs.groups')}>
        <ul class="tags">{tags.map((tag) => <li><a class="tag" href={`#tag-${tag}`}>{tag}</a></li>)}</ul>
      </nav>
      {tags.map((tag) => (
        <section aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`}>{tag}</h2>
          {byTag.get(tag)!.map(({ method, path, op }) => (
            <details class="api-op">
              <summary><span class="method">{method.toUpperCase()}</span> <code>{path}</code> {op.summary ? `— ${op.summary}` : ''}</summary>
              {op.description ? <p>{op.description}</p> : null}
              {op.parameters && op.parameters.length ? (
                <ScrollTable caption={t('apidocs.parameters')} class="data-table">
                  <thead><tr><th scope="col">{t('apidocs.name')}</th><th scope="col">{t('apidocs.in')}</th><th scope="col">{t('apidocs.type')}</th><th scope="col">{t('apidocs.required')}</th></tr></thead>
                  <tbody>{op.parameters.map((p) => <tr><td><code>{p.name}</code></td><td>{p.in}</td><td>{schemaType(p.schema)}</td><td>{p.required ? t('apidocs.yes') : t('apidocs.no')}</td></tr>)}</tbody>
                </ScrollTable>
              ) : null}
              {op.requestBody?.content ? (
                <div>
                  <h3>{t('apidocs.body')}</h3>
                  <pre tabindex="0"><code>{JSON.stringify(Object.values(op.requestBody.content)[0]?.schema ?? {}, null, 2)}</code></pre>
                </div>
              ) : null}
              <h3>{t('apidocs.responses')}</h3>
              <ul>{Object.entries(op.responses ?? {}).map(([status, r]) => <li><code>{status}</code> {r.description ?? ''}</li>)}</ul>
            </details>
          ))}
        </section>
      ))}
    </Layout>
  );
}
