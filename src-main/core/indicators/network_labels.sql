-- The temp table the Network view's graph reads (queries/network_graph_*.sql): every entity
-- of the scope with its component's label, the smallest entity key in it. network.ts fills
-- it from its union-find (network-components.ts) through an appender.
CREATE OR REPLACE TEMP TABLE network_labels (ek INTEGER NOT NULL, label INTEGER NOT NULL);
