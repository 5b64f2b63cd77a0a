SELECT pairing_id, theme, "primary" FROM themes WHERE pairing_id = $id ORDER BY "primary" DESC, theme;
