-- Which import the map's layer and scope belong to: the renderer keeps its layer until this
-- changes (import ids are never reused within a project).
SELECT coalesce(max(import_id), 0)::INTEGER AS import_id FROM imports;
