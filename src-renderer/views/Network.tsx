import '../charts/echarts-extra.js';
import { useMemo, useState } from 'react';
import type { CellValue } from '../../src-main/shared/api-contract.js';
import { networkFinding, networkGraphOption } from '../../src-main/shared/charts/network.js';
import { howMeasured } from '../../src-main/shared/methodology.js';
import { useApi } from '../api/use-api.js';
import { ChartCard } from '../charts/ChartCard.js';
import { LocalTable } from '../components/DataTable.js';
import { FigureList } from '../components/FigureList.js';
import { ErrorState, Loading } from '../components/States.js';
import type { Translator } from '../../src-main/shared/i18n/index.js';
import { IndicatorView } from './IndicatorView.js';
import type { ViewProps } from './view-props.js';
import { useT } from '../i18n/language.js';

/** A force layout of more entities than this is slow to settle and unreadable: the view draws the hubs' neighbourhoods up to it. */
export const GRAPH_LIMIT = 400;

const NETWORK_IDS = ['network.multiPairingEntities', 'network.components', 'network.largestComponent', 'network.hubs'];

const hubColumns = (t: Translator) =>
  [
    { key: 'name', label: t.t('chart.network.entity') },
    { key: 'country', label: t.t('network.col.country'), width: 110 },
    { key: 'pairings', label: t.t('chart.pairings'), numeric: true, width: 130 },
    { key: 'entity', label: t.t('network.col.entityId'), width: 150 },
  ] as const;

const pairingColumns = (t: Translator) =>
  [
    { key: 'pairing_id', label: t.t('tracking.pairing'), width: 130 },
    { key: 'title', label: t.t('tracking.title') },
    { key: 'members', label: t.t('pairings.col.members') },
  ] as const;

export function Network({ filters, version, indicators, showPairings }: ViewProps) {
  const t = useT();
  const graph = useApi('network/graph', { filters, limit: GRAPH_LIMIT }, version);
  const [selected, setSelected] = useState<string | null>(null);
  const g = graph.value;
  const names = useMemo(() => new Map((g?.nodes ?? []).map((n) => [n.entity, n.name])), [g]);
  const picked = selected !== null && names.has(selected) ? selected : null;
  const option = useMemo(() => (g ? networkGraphOption(g.nodes, g.links, 'screen', picked, t) : null), [g, picked, t]);
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
          { id: 'network.multiPairingEntities', raw: n.multiPairingEntities },
          { id: 'network.components', raw: n.components },
          { id: 'network.largestComponent', raw: n.largestComponent },
        ].map((f) => ({ ...f, text: t.number(f.raw, 0) }));
        const capped = g !== undefined && g.nodes.length < g.entities;
        return (
          <div className="view-stack">
            <FigureList label={t.t('network.figures')} busy={busy} figures={figures} />
            {graph.status === 'error' && <ErrorState title={t.t('error.network')} error={graph.error} onRetry={graph.reload} />}
            {!g || !option ? (
              <Loading text={t.t('loading.network')} />
            ) : (
              <ChartCard
                id="network-graph"
                title={networkFinding({ ...ind, network: n }, t)}
                howMeasured={howMeasured(NETWORK_IDS, t)}
                option={option}
                height={520}
                empty={g.nodes.length === 0}
                emptyText={t.t('network.noEntities')}
                busy={graph.status === 'loading'}
                clickHint={t.t('network.hint')}
                onClick={(p) => {
                  const entity = (p.data as { entity?: string } | undefined)?.entity;
                  if (entity) setSelected(entity === picked ? null : entity);
                }}
              >
                <p className="map-note" data-testid="graph-extent" data-nodes={g.nodes.length} data-links={g.links.length}>
                  {capped
                    ? t.t('network.drawn.capped', { drawn: g.nodes.length, entities: g.entities, shown: g.componentsShown, components: g.components })
                    : t.t('network.drawn.all', { entities: g.entities, links: g.links.length, components: g.components })}
                </p>
              </ChartCard>
            )}
            {picked !== null && (
              <section className="card" aria-label={t.t('network.picked.label')} data-testid="picked-city" data-entity={picked}>
                <header className="card-header">
                  <h3 className="card-title">
                    {t.t('network.picked.title', { name: names.get(picked) ?? picked, count: pickedPairings.length })}
                  </h3>
                </header>
                <LocalTable
                  name={`pairings-of-${picked}`}
                  caption={t.t('network.picked.caption', { name: names.get(picked) ?? picked, count: pickedPairings.length })}
                  columns={pairingColumns(t)}
                  rows={pickedPairings}
                  height={Math.min(300, 60 + 32 * pickedPairings.length)}
                  toolbar={
                    <>
                      <button type="button" className="small" onClick={() => showPairings(names.get(picked) ?? picked)}>
                        {t.t('network.openInPairings')}
                      </button>
                      <button type="button" className="small" onClick={() => setSelected(null)}>
                        {t.t('filters.clear')}
                      </button>
                    </>
                  }
                />
              </section>
            )}
            <LocalTable
              name="network-hubs"
              caption={t.t('network.hubs', { count: n.hubs.length })}
              columns={hubColumns(t)}
              rows={n.hubs.map((h) => [h.name, h.country, h.pairings, h.entity])}
              searchLabel={t.t('network.searchHubs')}
              emptyText={t.t('network.noHubs')}
              height={Math.min(420, 80 + 32 * Math.max(1, n.hubs.length))}
              onActivateRow={(row) => setSelected(String(row[3]))}
            />
          </div>
        );
      }}
    </IndicatorView>
  );
}
