-- The drawn entities (network_graph_nodes.sql) in their order.
SELECT entity_id, name, country, region, pairings, label FROM network_shown ORDER BY rank;
