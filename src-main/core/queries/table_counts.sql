SELECT 'entities' AS table_name, count(*)::DOUBLE AS n FROM entities
UNION ALL SELECT 'pairings', count(*)::DOUBLE FROM pairings
UNION ALL SELECT 'members', count(*)::DOUBLE FROM members
UNION ALL SELECT 'themes', count(*)::DOUBLE FROM themes
UNION ALL SELECT 'stakeholders', count(*)::DOUBLE FROM stakeholders
UNION ALL SELECT 'activities', count(*)::DOUBLE FROM activities
UNION ALL SELECT 'result_indicators', count(*)::DOUBLE FROM result_indicators
UNION ALL SELECT 'result_values', count(*)::DOUBLE FROM result_values
UNION ALL SELECT 'outcomes', count(*)::DOUBLE FROM outcomes;
