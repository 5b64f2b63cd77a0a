-- Whether the dataset has result indicators and outcomes at all, whatever the scope: a
-- report says "this programme tracks none" only when the optional sheets were never given.
SELECT (SELECT count(*) FROM result_indicators)::INTEGER AS indicators,
       (SELECT count(*) FROM outcomes)::INTEGER AS outcomes;
