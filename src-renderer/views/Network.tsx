import '../charts/echarts-extra.js';
import { useMemo, useState } from 'react';
import type { CellValue } from '../../src-main/shared/api-contract.js';
import { networkFinding, networkGraphOption } from '../../src-main/shared/charts/network.js';
import { definitionOf, howMeasured } from '../../src-main/shared/methodology.js';
import { useApi } from '../api/use-api.js';
import { ChartCard } from '../charts/ChartCard.js';
import { LocalTable } from '../components/DataTable.js';
import { ErrorState, Loading } from '../components/States.js';
import { formatInt, plural } from '../lib/format.js';
import { IndicatorView } from './IndicatorView.js';
import type { ViewProps } from './view-props.js';
import { useT } from '../i18n/language.js';

/** A force layout of more entities than this is slow to settle and unreadable: the view draws the hubs' neighbourhoods up to it. */
export const GRAPH_LIMIT = 400;

const NETWORK_IDS = ['network.multiPairingEntities', 'network.components', 'network.largestComponent', 'network.hubs'];

const HUB_COLUMNS = [
  { key: 'name', label: 'Entity' },
  { key: 'country', label: 'Country', width: 96 },
  { key: 'pairings', label: 'Pairings', numeric: true, width: 90 },
  { key: 'entity', label: 'Entity id', width: 140 },
] as const;

const PAIRING_COLUMNS = [
  { key: 'pairing_id', label: 'Pairing', width: 120 },
  { key: 'title', label: 'Title' },
  { key: 'members', label: 'Members' },
] as const;

export function Network({ filters, version, indicators, showPairings }: ViewProps) {
  const t = useT();
  const graph = useApi('network/graph', { filters, limit: GRAPH_LIMIT }, version);
  const [selected, setSelected] = useState<string | null>(null);
  const g = graph.value;
  const names = useMemo(() => new Map((g?.nodes ?? []).map((n) => [n.entity, n.name])), [g]);
  const picked = selected !== null && names.has(selected) ? selected : null;
  const option = useMemo(() => (g ? networkGraphOption(g.nodes, g.links, 'screen', picked) : null), [g, picked]);
  const pickedPairings: CellValue[][] = useMemo(
    () =>
      picked === null || !g
        ? []
        : g.pairings.filter((p) => p.members.includes(picked)).map((p) => [p.pairing_id, p.title, p.members.map((m) => names.get(m) ?? m).join('; ')]),
    [g, picked, names],
  );

  return (
    <IndicatorView indicators={indicators}>
      {(ind, busy) => {
        // The network comes with the graph, not with the dashboard's indicators (DashboardIndicators).
        if (!g) return graph.status === 'error' ? <ErrorState title={t.t('error.network')} error={graph.error} onRetry={graph.reload} /> : <Loading text={t.t('loading.network')} />;
        const n = g.summary;
        const figures = [
          { id: 'network.multiPairingEntities', value: n.multiPairingEntities },
          { id: 'network.components', value: n.components },
          { id: 'network.largestComponent', value: n.largestComponent },
        ];
        const capped = g !== undefined && g.nodes.length < g.entities;
        return (
          <div className="view-stack">
            <ul className="figures" aria-label="Network figures" aria-busy={busy}>
              {figures.map((f) => {
                const d = definitionOf(f.id);
                return (
                  <li key={f.id} className="figure" data-figure={f.id} data-value={f.value}>
                    <span className="figure-value">{formatInt(f.value)}</span>
                    <span className="figure-label">{d.label}</span>
                    <span className="figure-note" title={d.definition}>
                      {d.definition}
                    </span>
                  </li>
                );
              })}
            </ul>
            {graph.status === 'error' && <ErrorState title={t.t('error.network')} error={graph.error} onRetry={graph.reload} />}
            {!g || !option ? (
              <Loading text={t.t('loading.network')} />
            ) : (
              <ChartCard
                id="network-graph"
                title={networkFinding({ ...ind, network: n })}
                howMeasured={howMeasured(NETWORK_IDS)}
                option={option}
                height={520}
                empty={g.nodes.length === 0}
                emptyText="No entities in this scope."
                busy={graph.status === 'loading'}
                clickHint="Click a city to show its pairings; drag to move, scroll to zoom."
                onClick={(p) => {
                  const entity = (p.data as { entity?: string } | undefined)?.entity;
                  if (entity) setSelected(entity === picked ? null : entity);
                }}
              >
                <p className="map-note" data-testid="graph-extent" data-nodes={g.nodes.length} data-links={g.links.length}>
                  {capped
                    ? `Drawn: ${formatInt(g.nodes.length)} of ${plural(g.entities, 'entity', 'entities')}, the hubs in most pairings with their partners, from the largest components (${formatInt(g.componentsShown)} of ${formatInt(g.components)}). The hubs list below covers them all.`
                    : `Drawn: all ${plural(g.entities, 'entity', 'entities')} and ${plural(g.links.length, 'link')} in ${plural(g.components, 'component')}. Node size: pairings; colour: region.`}
                </p>
              </ChartCard>
            )}
            {picked !== null && (
              <section className="card" aria-label="Pairings of the picked city" data-testid="picked-city" data-entity={picked}>
                <header className="card-header">
                  <h3 className="card-title">
                    Pairings of {names.get(picked) ?? picked} in scope ({pickedPairings.length})
                  </h3>
                </header>
                <LocalTable
                  name={`pairings-of-${picked}`}
                  caption={`Pairings of ${names.get(picked) ?? picked} (${pickedPairings.length})`}
                  columns={PAIRING_COLUMNS}
                  rows={pickedPairings}
                  height={Math.min(300, 60 + 32 * pickedPairings.length)}
                  toolbar={
                    <>
                      <button type="button" className="small" onClick={() => showPairings(names.get(picked) ?? picked)}>
                        Open in Pairings
                      </button>
                      <button type="button" className="small" onClick={() => setSelected(null)}>
                        Clear
                      </button>
                    </>
                  }
                />
              </section>
            )}
            <LocalTable
              name="network-hubs"
              caption={`Hubs: entities in two or more pairings (${formatInt(n.hubs.length)})`}
              columns={HUB_COLUMNS}
              rows={n.hubs.map((h) => [h.name, h.country, h.pairings, h.entity])}
              searchLabel="Search hubs"
              emptyText="No entity is in two or more pairings in this scope."
              height={Math.min(420, 80 + 32 * Math.max(1, n.hubs.length))}
              onActivateRow={(row) => setSelected(String(row[3]))}
            />
          </div>
        );
      }}
    </IndicatorView>
  );
}
