SELECT min(start_date)::VARCHAR AS min_start, max(start_date)::VARCHAR AS max_start FROM pairings;
