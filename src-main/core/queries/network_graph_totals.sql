-- The whole graph's entities and components, for "drawn N of M".
SELECT count(*)::INTEGER AS entities, count(DISTINCT label)::INTEGER AS components FROM network_labels;
